// The package as someone outside the repository gets it: packed, installed from the tarball with
// no network, then imported from plain ESM and compiled from TypeScript.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { consumerLockfile } from "./consumer-lockfile.ts";

const packageDir = path.resolve(import.meta.dirname, "..");
const tsc = createRequire(path.join(packageDir, "package.json")).resolve("typescript/package.json");
const tscBin = path.join(path.dirname(tsc), "bin", "tsc");
const pkg = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8"));
const built = JSON.parse(readFileSync(path.join(packageDir, "dist", "dataset.json"), "utf8"));

const tmp = mkdtempSync(path.join(os.tmpdir(), "cell-atlas-content-"));
const app = path.join(tmp, "app");
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Without the settings pnpm passes to the scripts it runs (INIT_CWD, npm_config_*): the install
// must behave as in a fresh folder, not as part of this workspace.
const env: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => k !== "INIT_CWD" && !/^(npm|pnpm)_/i.test(k)),
);
const run = (cmd: string, args: string[], cwd: string) => spawnSync(cmd, args, { cwd, encoding: "utf8", env });

describe("the package's files and exports", () => {
  it("pass publint (strict) and Are the Types Wrong (ESM-only)", () => {
    const r = run("pnpm", ["run", "--silent", "check:package"], packageDir);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }, 120_000);

  it("is publishable, with a semver version and the data's release beside it", () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(built.meta.version).toBe(pkg.version);
    expect(built.meta.release.version).toMatch(/^\d{4}\.\d{2}\.\d{2}$/);
    for (const f of ["dist", "data", "releases", "METHODOLOGY.md", "LICENSE-DATA.md"]) expect(pkg.files).toContain(f);
  });
});

describe("the packed tarball, installed offline into an empty folder", () => {
  it("installs from the local store without the network", () => {
    const packed = run("pnpm", ["pack", "--pack-destination", tmp], packageDir);
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = readdirSync(tmp).find((f) => f.endsWith(".tgz"));
    expect(tarball).toBeDefined();
    mkdirSync(app);
    writeFileSync(
      path.join(app, "package.json"),
      JSON.stringify({
        name: "consumer",
        private: true,
        type: "module",
        dependencies: { [pkg.name]: `file:../${tarball}` },
      }),
    );
    writeFileSync(
      path.join(app, "pnpm-lock.yaml"),
      consumerLockfile({
        workspaceLockfile: path.join(packageDir, "..", "..", "pnpm-lock.yaml"),
        importer: "packages/content",
        name: pkg.name,
        version: pkg.version,
        engines: pkg.engines,
        tarball: path.join(tmp, tarball as string),
        tarballSpecifier: `file:../${tarball}`,
      }),
    );
    const installed = run(
      "pnpm",
      ["install", "--offline", "--frozen-lockfile", "--ignore-workspace", "--reporter=append-only"],
      app,
    );
    expect(installed.status, installed.stdout + installed.stderr).toBe(0);
    const files = readdirSync(path.join(app, "node_modules", "@cell-atlas", "content"));
    for (const f of ["dist", "data", "releases", "README.md", "METHODOLOGY.md", "LICENSE-DATA.md", "package.json"])
      expect(files).toContain(f);
    expect(files).not.toContain("src");
    expect(files).not.toContain("test");
  }, 180_000);

  it("imports from plain ESM: the dataset, a query, the releases, the loader on its shipped YAML", () => {
    writeFileSync(
      path.join(app, "use.mjs"),
      `import { getAtlas, getChangeLog, getDataset } from "@cell-atlas/content";
import { TherapyFile } from "@cell-atlas/content/schema";
import { loadDataset } from "@cell-atlas/content/load";
import { createRequire } from "node:module";
import path from "node:path";
import dataset from "@cell-atlas/content/dataset.json" with { type: "json" };

const atlas = getAtlas();
const page = atlas.list("trials", { country: "ir", limit: 2 });
const data = path.join(path.dirname(createRequire(import.meta.url).resolve("@cell-atlas/content/package.json")), "data");
const loaded = await loadDataset(data);
console.log(JSON.stringify({
  counts: getDataset().meta.counts,
  jsonCounts: dataset.meta.counts,
  page: { n: page.data.length, total: page.total, countries: page.data.map((t) => t.countries) },
  releases: getChangeLog().releases().map((r) => r.version),
  loaded: loaded.ok ? loaded.dataset.meta.counts : loaded.issues.length,
  rejects: TherapyFile.safeParse({ id: "x" }).success,
}));
`,
    );
    const r = run(process.execPath, ["use.mjs"], app);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.counts).toEqual(built.meta.counts);
    expect(out.jsonCounts).toEqual(built.meta.counts);
    expect(out.loaded).toEqual(built.meta.counts);
    expect(out.page.n).toBe(2);
    expect(out.page.total).toBe(built.trials.filter((t: { countries: string[] }) => t.countries.includes("ir")).length);
    for (const countries of out.page.countries) expect(countries).toContain("ir");
    expect(out.releases).toContain(built.meta.release.version);
    expect(out.rejects).toBe(false);
  });

  it("compiles from TypeScript with the published types, and a type error is caught", () => {
    writeFileSync(
      path.join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "nodenext",
          target: "es2022",
          strict: true,
          outDir: "out",
          types: [],
          skipLibCheck: false,
        },
        include: ["use.ts"],
      }),
    );
    const good = `import { getAtlas, type Therapy } from "@cell-atlas/content";
const atlas = getAtlas();
const first: Therapy | undefined = atlas.list("therapies", { limit: 1 }).data[0];
const stage: string | undefined = first?.indications[0]?.stage;
console.log(JSON.stringify({ id: first?.id, stage }));
`;
    writeFileSync(path.join(app, "use.ts"), good);
    const compiled = run(process.execPath, [tscBin, "-p", "."], app);
    expect(compiled.status, compiled.stdout + compiled.stderr).toBe(0);
    const r = run(process.execPath, [path.join("out", "use.js")], app);
    expect(r.status, r.stderr).toBe(0);
    const printed = JSON.parse(r.stdout);
    const therapy = built.therapies.find((t: { id: string }) => t.id === printed.id);
    expect(therapy, printed.id).toBeDefined();
    expect(printed.stage).toBe(therapy.indications[0].stage);

    // The types are real, not any: a trial is not a therapy.
    writeFileSync(path.join(app, "use.ts"), `${good}const wrong: Therapy = atlas.list("trials").data[0]!;\n`);
    const rejected = run(process.execPath, [tscBin, "-p", "."], app);
    expect(rejected.status).not.toBe(0);
    expect(rejected.stdout).toMatch(/use\.ts\(6,7\): error TS2/);
  }, 60_000);
});
