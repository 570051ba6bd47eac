import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { COLLECTIONS } from "@cell-atlas/content";
import { afterAll, describe, expect, it } from "vitest";
import { contentDir, fixturesDir, json, run, runAll } from "./helpers.ts";

const tmp = mkdtempSync(path.join(tmpdir(), "cell-atlas-new-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** One fixture folder per error class, and a piece of the message each must produce. */
const ERROR_CLASSES: [folder: string, expected: RegExp][] = [
  ["unknown-field", /unknown field/],
  ["bad-enum", /is not an allowed value\s+\(allowed: /],
  ["missing-field", /required field is missing/],
  ["dangling-reference", /is not a known \w+ id/],
  ["duplicate-id", /duplicate id/],
  ["id-mismatch", /differs from the file name/],
  ["no-sources", /at least one source/],
  ["non-https-url", /must be an https:\/\/ URL/],
  ["impossible-date", /not a real calendar date/],
  ["yaml-syntax", /YAML syntax error/],
];

describe("validate", () => {
  it("reports each error class as file:line:col  field  message with exit 1", async () => {
    const present = ERROR_CLASSES.filter(([f]) => existsSync(path.join(fixturesDir, f, "data")));
    expect(present.length).toBe(ERROR_CLASSES.length);
    const results = await runAll(present.map(([f]) => ["validate", path.join(fixturesDir, f, "data")]));
    results.forEach((r, i) => {
      const [folder, expected] = present[i]!;
      expect(r.code, `${folder}: ${r.stdout}${r.stderr}`).toBe(1);
      expect(r.stderr, folder).toMatch(/^data\/[a-z]+\/[a-z0-9-]+\.yaml:\d+:\d+ {2}\S+ {2}/m);
      expect(r.stderr, folder).toMatch(expected);
      expect(r.stderr).toMatch(/✗ \d+ problem\(s\) in \d+ file\(s\)/);
    });
  });

  it("passes the valid fixture and the real data, and answers --json", async () => {
    const [valid, real, asJson, fixtureParent, missing] = await runAll([
      ["validate", path.join(fixturesDir, "valid", "data")],
      ["validate"],
      ["validate", path.join(fixturesDir, "bad-enum", "data"), "--json"],
      ["validate", path.join(fixturesDir, "valid")],
      ["validate", path.join(tmp, "no-such-folder")],
    ]);
    expect(valid!.code, valid!.stderr).toBe(0);
    expect(valid!.stdout).toMatch(/✓ \d+ files valid/);
    expect(real!.code, real!.stderr).toBe(0);
    const body = json<{ ok: boolean; issues: { file: string; line: number; field: string }[] }>(asJson!);
    expect(asJson!.code).toBe(1);
    expect(body.ok).toBe(false);
    expect(body.issues[0]?.field).toMatch(/stage/);
    expect(fixtureParent!.code).toBe(0);
    expect(missing!.code).toBe(2);
    expect(missing!.stderr).toContain("data folder not found");
  });
});

describe("new", () => {
  it("writes a template for every collection that validates, and refuses to overwrite", async () => {
    const dataDir = path.join(tmp, "data");
    cpSync(path.join(contentDir, "data"), dataDir, { recursive: true });
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
      expect(text).toContain("# Where the facts come from.");
    });
    const [validated, again, badId, badCollection] = await runAll([
      ["validate", dataDir],
      ["new", "therapies", ids.therapies!, "--dir", dataDir],
      ["new", "therapies", "Not An Id", "--dir", dataDir],
      ["new", "widgets", "x", "--dir", dataDir],
    ]);
    expect(validated!.code, validated!.stderr).toBe(0);
    expect(validated!.stderr).toContain("placeholder");
    expect(again!.code).toBe(1);
    expect(again!.stderr).toContain("already exists");
    expect(badId!.code).toBe(2);
    expect(badCollection!.code).toBe(2);
  });

  it("points the schema line at packages/content/dist/schema inside the repo", async () => {
    const r = await run(["new", "trials", "nct00000000", "--stdout"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("# yaml-language-server: $schema=../../dist/schema/trials.json");
    expect(r.stdout).toContain("# Registry id, lower case (nct03280056).");
  });
});
