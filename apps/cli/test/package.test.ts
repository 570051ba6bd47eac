import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
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
  spawnSync(process.execPath, [path.join(dir, "cli.mjs"), "show", "nurown", "--json"], {
    cwd: os.tmpdir(),
    encoding: "utf8",
  });

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe("the built package", () => {
  it("is an ESM entry with one chunk per command, and no recorded caches of its own", () => {
    const files = readdirSync(dist);
    expect(files).toContain("cli.mjs");
    for (const command of ["list", "show", "search", "stats", "export", "validate", "new"])
      expect(
        files.some((f) => f.startsWith(`${command}-`) && f.endsWith(".mjs")),
        command,
      ).toBe(true);
    expect(files).not.toContain("code-cache");
  });

  it("runs from a copy of dist/ alone, with the data beside it", () => {
    const r = show(copyOfDist());
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).data.id).toBe("nurown");
  });

  it("names a missing or damaged data file of its own, without a stack trace", () => {
    const dir = copyOfDist();
    writeFileSync(path.join(dir, "data", "therapies.json"), '{"cut short');
    const r = show(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("data file data/therapies.json is missing or damaged");
    expect(r.stderr).toContain("reinstall the CLI");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("the packed package, installed on its own", () => {
  // pnpm pack, then npm install of the tarball into an empty prefix, offline: what a user gets.
  const tmp = mkdtempSync(path.join(os.tmpdir(), "cell-atlas-install-"));
  copies.push(tmp);
  // Without INIT_CWD: pnpm sets it to the folder it was started in (a clone), where the CLI would
  // find the repo's data folder.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env.INIT_CWD;
  const sh = (cmd: string, args: string[], cwd: string) => spawnSync(cmd, args, { cwd, encoding: "utf8", env });
  const bin = path.join(tmp, "prefix", "bin", "cell-atlas");
  const elsewhere = path.join(tmp, "work"); // no data folder here or above
  const cli = (...args: string[]) => sh(bin, args, elsewhere);

  it("installs from its tarball without the network and runs as `cell-atlas`", () => {
    const packed = sh("pnpm", ["pack", "--pack-destination", tmp], cliDir);
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = readdirSync(tmp).find((f) => f.endsWith(".tgz"));
    expect(tarball).toBeDefined();
    const installed = sh(
      "npm",
      [
        "install",
        "-g",
        "--prefix",
        path.join(tmp, "prefix"),
        "--offline",
        "--no-audit",
        "--no-fund",
        path.join(tmp, tarball!),
      ],
      tmp,
    );
    expect(installed.status, installed.stderr).toBe(0);
    mkdirSync(elsewhere);
    const shown = cli("show", "nurown", "--json");
    expect(shown.status, shown.stderr).toBe(0);
    expect(JSON.parse(shown.stdout).data.id).toBe("nurown");
    expect(cli("list", "countries", "--json", "--limit", "3").status).toBe(0);
  }, 120_000);

  it("prints a record template outside a clone, pointing at the schema it ships", () => {
    const r = cli("new", "therapies", "my-new-therapy", "--stdout");
    expect(r.status, r.stderr).toBe(0);
    const schema = r.stdout.split("\n")[0]?.replace("# yaml-language-server: $schema=", "") ?? "";
    expect(existsSync(schema), schema).toBe(true);
  });

  it("says how to name the data folder when there is none", () => {
    for (const [args, hint] of [
      [["new", "therapies", "my-new-therapy"], "--dir"],
      [["validate"], "cell-atlas validate path/to/data"],
    ] as const) {
      const r = cli(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("no data folder here");
      expect(r.stderr).toContain(hint);
    }
  });
});
