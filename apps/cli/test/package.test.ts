import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliDir } from "./helpers.ts";

const dist = path.join(cliDir, "dist");
const copies: string[] = [];

/** A copy of dist/ somewhere else: what an installed package sees (no repository around it). */
function copyOfDist(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cell-atlas-dist-"));
  copies.push(dir);
  cpSync(dist, dir, { recursive: true });
  return dir;
}

const show = (dir: string) =>
  spawnSync(process.execPath, [path.join(dir, "cli.cjs"), "show", "nurown", "--json"], {
    cwd: os.tmpdir(),
    encoding: "utf8",
  });

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe("the built package", () => {
  it("has a recorded V8 code cache for every chunk the entry loads", () => {
    const chunks = readdirSync(dist).filter((f) => f.endsWith(".cjs") && f !== "cli.cjs" && !f.startsWith("chunk-"));
    const cached = readdirSync(path.join(dist, "code-cache")).map((f) => f.replace(/\.v8$/, ""));
    expect(chunks.length).toBeGreaterThan(5);
    expect(cached.sort()).toEqual(expect.arrayContaining(chunks.sort()));
  });

  it("runs from a copy of dist/ alone, with the data beside it", () => {
    const r = show(copyOfDist());
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).data.id).toBe("nurown");
  });

  it("runs the same without the code cache and with a damaged one", () => {
    const expected = show(dist).stdout;
    const without = copyOfDist();
    rmSync(path.join(without, "code-cache"), { recursive: true });
    const damaged = copyOfDist();
    for (const f of readdirSync(path.join(damaged, "code-cache")))
      writeFileSync(path.join(damaged, "code-cache", f), "not a V8 code cache");
    for (const dir of [without, damaged]) {
      const r = show(dir);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe(expected);
    }
  });
});
