import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { COLLECTIONS } from "@cell-atlas/content";
import { afterAll, describe, expect, it } from "vitest";
import { contentDir, fixturesDir, json, run, runAll, sh } from "./helpers.ts";

const tmp = mkdtempSync(path.join(tmpdir(), "cell-atlas-new-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const validDir = path.join(fixturesDir, "valid", "data");

/** A copy of the valid fixture with one file's text changed. */
function brokenCopy(name: string, file: string, from: string, to: string): string {
  const dir = path.join(tmp, name, "data");
  cpSync(validDir, dir, { recursive: true });
  const target = path.join(dir, file);
  writeFileSync(target, readFileSync(target, "utf8").replace(from, to));
  return dir;
}

// Each class of problem is checked in process by the content package; here, that the CLI prints
// the same report, exits 1, and answers --json.
describe("validate", () => {
  it("reports problems as file:line:col  field  message  (fix) with exit 1, and as JSON", async () => {
    const dir = brokenCopy("bad-enum", "therapies/example-car-t.yaml", "stage: phase-1", "stage: phase-one");
    const [text, asJson] = await runAll([
      ["validate", dir],
      ["validate", dir, "--json"],
    ]);
    expect(text!.code).toBe(1);
    expect(text!.stderr).toMatch(
      /^data\/therapies\/example-car-t.yaml:13:12 {2}indications\[0\].stage {2}"phase-one" is not an allowed value {2}\(allowed: preclinical, early-use, /m,
    );
    expect(text!.stderr).toMatch(/✗ 1 problem\(s\) in 6 file\(s\)/);
    const body = json<{
      ok: boolean;
      files: number;
      issues: { file: string; line: number; col: number; field: string }[];
    }>(asJson!);
    expect(asJson!.code).toBe(1);
    expect(body).toMatchObject({ ok: false, files: 6 });
    expect(body.issues).toEqual([
      expect.objectContaining({
        file: "data/therapies/example-car-t.yaml",
        line: 13,
        col: 12,
        field: "indications[0].stage",
      }),
    ]);
  });

  it("prints exactly what pnpm validate prints", async () => {
    const dir = brokenCopy(
      "two-problems",
      "trials/nct00000001.yaml",
      "url: https://sources.test/trial",
      "url: http://example.org/TODO",
    );
    const [cli, pnpmValidate] = await Promise.all([
      run(["validate", dir], { env: { NO_COLOR: "1" } }),
      sh(`pnpm -s --filter @cell-atlas/content validate ${dir}`, { cwd: contentDir }),
    ]);
    expect(cli.code).toBe(1);
    expect(pnpmValidate.code).toBe(1);
    expect(cli.stderr.trim()).toBe(pnpmValidate.stderr.trim());
    expect(cli.stderr).toMatch(/must be an https:\/\/ URL/);
  });

  it("prints GitHub annotations named from the checkout's root, with --format github or under Actions", async () => {
    const dir = brokenCopy("annotate", "therapies/example-car-t.yaml", "stage: phase-1", "stage: phase-one");
    const workspace = path.dirname(path.dirname(dir)); // what GitHub checked out: tmp/
    const [flagged, bad, underActions, pnpmValidate] = await Promise.all([
      run(["validate", dir, "--format", "github"]),
      run(["validate", dir, "--format", "sarif"]),
      run(["validate", dir], { env: { GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: workspace } }),
      sh(`pnpm -s --filter @cell-atlas/content validate --format github ${dir}`, {
        cwd: contentDir,
        env: { GITHUB_WORKSPACE: workspace },
      }),
    ]);
    // --format github without GITHUB_WORKSPACE names files from the current folder.
    expect(flagged.code).toBe(1);
    expect(flagged.stdout).toMatch(/^::error file=.*annotate\/data\/therapies\/example-car-t\.yaml,line=13,col=12,/m);
    const line =
      '::error file=annotate/data/therapies/example-car-t.yaml,line=13,col=12,title=indications[0].stage::"phase-one" is not an allowed value (allowed: preclinical, early-use, ';
    expect(underActions.code).toBe(1);
    expect(underActions.stdout.startsWith(line), underActions.stdout).toBe(true);
    expect(underActions.stderr).toMatch(/✗ 1 problem\(s\) in 6 file\(s\)/);
    expect(pnpmValidate.stdout.trim()).toBe(underActions.stdout.trim());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/argument 'sarif' is invalid. Allowed choices are text, github/);
  });

  it("passes the valid fixture and the real data", async () => {
    const [valid, real, fixtureParent, missing] = await runAll([
      ["validate", validDir],
      ["validate"],
      ["validate", path.join(fixturesDir, "valid")],
      ["validate", path.join(tmp, "no-such-folder")],
    ]);
    expect(valid!.code, valid!.stderr).toBe(0);
    expect(valid!.stdout).toMatch(/✓ 6 files valid: 1 therapies, 2 organizations, 1 countries, 1 trials, 1 events/);
    expect(real!.code, real!.stderr).toBe(0);
    expect(fixtureParent!.code).toBe(0);
    expect(missing!.code).toBe(2);
    expect(missing!.stderr).toContain("data folder not found");
  });
});

describe("new", () => {
  it("writes a template for every collection that cannot pass validation until its fields are written", async () => {
    const dataDir = path.join(tmp, "new", "data");
    cpSync(validDir, dataDir, { recursive: true });
    const ids: Record<string, string> = {
      therapies: "cli-test-therapy",
      organizations: "cli-test-organization",
      countries: "zz",
      trials: "nct99999999",
      events: "2026-11-cli-test-event",
    };
    const created = await runAll(COLLECTIONS.map((c) => ["new", c, ids[c]!, "--dir", dataDir]));
    created.forEach((r, i) => {
      const c = COLLECTIONS[i]!;
      expect(r.code, r.stderr).toBe(0);
      const file = path.join(dataDir, c, `${ids[c]}.yaml`);
      expect(r.stdout.trim()).toBe(file);
      const text = readFileSync(file, "utf8");
      const schemaLine = text.split("\n")[0]!;
      expect(schemaLine).toMatch(/^# yaml-language-server: \$schema=/);
      expect(existsSync(schemaLine.replace("# yaml-language-server: $schema=", ""))).toBe(true);
      expect(text).toContain("# Where the facts come from. Required, at least 1.");
      expect(text).not.toMatch(/TODO|example\.org/);
    });
    const [validated, again, badId, badCollection] = await runAll([
      ["validate", dataDir],
      ["new", "therapies", ids.therapies!, "--dir", dataDir],
      ["new", "therapies", "Not An Id", "--dir", dataDir],
      ["new", "widgets", "x", "--dir", dataDir],
    ]);
    // A template is not a record: validation names every required field it still lacks.
    expect(validated!.code).toBe(1);
    for (const field of [
      "sources",
      "lastReviewed",
      "name",
      "modality",
      "cellSource",
      "organizations",
      "countries",
      "indications",
      "summary",
    ])
      expect(validated!.stderr).toMatch(
        new RegExp(`^data/therapies/cli-test-therapy.yaml:\\d+:1 {2}${field} {2}required field is missing`, "m"),
      );
    expect(validated!.stderr).toMatch(
      /^data\/trials\/nct99999999.yaml:\d+:1 {2}registry {2}required field is missing/m,
    );
    expect(again!.code).toBe(1);
    expect(again!.stderr).toContain("already exists");
    expect(badId!.code).toBe(2);
    expect(badCollection!.code).toBe(2);
  });

  it("points the schema line at packages/content/dist/json-schema inside the repo", async () => {
    const r = await run(["new", "trials", "nct00000000", "--stdout"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("# yaml-language-server: $schema=../../dist/json-schema/trials.json");
    expect(r.stdout).toContain("# Registry id, lower case (nct03280056). Required.\nid: nct00000000");
  });
});
