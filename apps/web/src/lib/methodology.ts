import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The content package's METHODOLOGY.md, read at build time; undefined while it does not exist yet. */
export function readMethodology(): string | undefined {
  let dir: string;
  try {
    dir = dirname(createRequire(join(process.cwd(), "package.json")).resolve("@cell-atlas/content/package.json"));
  } catch {
    return undefined;
  }
  const file = join(dir, "METHODOLOGY.md");
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}
