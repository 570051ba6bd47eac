import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const fixtures = path.join(packageDir, "test/fixtures");

/** Runs the real `validate` script, exactly as `pnpm validate <dir>` does. */
async function validate(fixture: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = path.join(fixtures, fixture, "data");
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "scripts/validate.ts", dir], {
      cwd: packageDir,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe.concurrent("pnpm validate on broken data", () => {
  it("accepts the valid fixture and prints counts", async () => {
    const r = await validate("valid");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/6 files valid: 1 therapies, 2 organizations, 1 countries, 1 trials, 1 events/);
  });

  // Each case: fixture folder, then the exact location, field and the words that say what to do.
  const cases: [string, string, RegExp][] = [
    ["yaml-syntax", "data/therapies/example-car-t.yaml:2:7  (file)", /YAML syntax error: .+\(check indentation/],
    [
      "unknown-field",
      "data/therapies/example-car-t.yaml:5:1  cellOrigin",
      /unknown field "cellOrigin" {2}\(did you mean "cellSource"\? allowed: id, /,
    ],
    [
      "bad-enum",
      "data/therapies/example-car-t.yaml:13:12  indications[0].stage",
      /"phase-one" is not an allowed value {2}\(allowed: preclinical, phase-1, /,
    ],
    [
      "missing-field",
      "data/organizations/example-institute.yaml:1:1  kind",
      /required field is missing {2}\(add `kind:` — one of: research-institute, /,
    ],
    [
      "dangling-reference",
      "data/therapies/example-car-t.yaml:7:9  organizations[0].id",
      /"example-institut" is not a known organization id {2}\(did you mean "example-institute"\?/,
    ],
    [
      "duplicate-id",
      "data/organizations/example-institute.yaml:1:5  id",
      /duplicate id "example-institute": data\/organizations\/example-institute-copy.yaml already uses it/,
    ],
    [
      "id-mismatch",
      "data/events/2025-03-example-approval.yaml:1:5  id",
      /differs from the file name "2025-03-example-approval.yaml" {2}\(rename the file/,
    ],
    [
      "no-sources",
      "data/countries/xa.yaml:7:10  sources",
      /every record needs at least one source {2}\(add at least 1 entry\)/,
    ],
    [
      "non-https-url",
      "data/trials/nct00000001.yaml:12:10  sources[0].url",
      /"http:\/\/example.org\/trial" must be an https:\/\/ URL/,
    ],
    [
      "impossible-date",
      "data/events/2025-03-example-approval.yaml:2:7  date",
      /"2025-02-30" is not a real calendar date/,
    ],
  ];

  for (const [fixture, location, message] of cases) {
    it(`reports ${fixture} with file:line:col, field and fix, and exits 1`, async () => {
      const r = await validate(fixture);
      expect(r.code).toBe(1);
      const line = r.stderr.split("\n").find((l) => l.startsWith(location));
      expect(line, `no line starting with ${location} in:\n${r.stderr}`).toBeDefined();
      expect(line).toMatch(message);
      // A broken record must not drag others down with it: only the real problems are listed.
      if (fixture !== "dangling-reference") expect(r.stderr).not.toMatch(/is not a known \w+ id/);
    });
  }
});
