import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { type Release, Release as ReleaseSchema } from "../src/release/schema.ts";

const versionKey = (v: string) =>
  v
    .split(".")
    .map((p) => p.padStart(4, "0"))
    .join(".");

/** The committed change files, oldest first; a damaged one stops the build with its name. */
export async function readReleases(dir: string): Promise<Release[]> {
  if (!existsSync(dir)) return [];
  const files = (await readdir(dir)).filter((f) => /^\d{4}\.\d\d\.\d\d(\.\d+)?\.json$/.test(f));
  const releases: Release[] = [];
  for (const f of files) {
    const parsed = ReleaseSchema.safeParse(JSON.parse(await readFile(path.join(dir, f), "utf8")));
    if (!parsed.success)
      throw new Error(
        `releases/${f} is not a valid change file: ${parsed.error.issues[0]?.message} at ${parsed.error.issues[0]?.path.join(".")}`,
      );
    releases.push(parsed.data);
  }
  return releases.sort((a, b) => (versionKey(a.version) < versionKey(b.version) ? -1 : 1));
}
