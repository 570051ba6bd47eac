// Each class of problem a contributor can make, reported in process on inline data: the valid
// fixture with one file changed. Only what differs from valid/ is written here.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { type FileText, formatIssue, validateFiles } from "../src/load/index.ts";
import { COLLECTIONS, type CollectionName } from "../src/schema/index.ts";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const validDir = path.join(packageDir, "test/fixtures/valid/data");
let valid: FileText[] = [];

beforeAll(async () => {
  for (const collection of COLLECTIONS) {
    for (const name of (await readdir(path.join(validDir, collection))).sort()) {
      const text = await readFile(path.join(validDir, collection, name), "utf8");
      valid.push({ collection, file: `data/${collection}/${name}`, stem: name.replace(/\.yaml$/, ""), text });
    }
  }
  valid = valid.sort((a, b) => a.file.localeCompare(b.file));
});

type Change =
  | { file: string; replace: [string | RegExp, string] }
  | { add: { collection: CollectionName; stem: string; text: string | (() => string) } };

/** The valid files with the changes applied, validated; the formatted problems. */
function problems(...changes: Change[]): string[] {
  let files = valid.map((f) => ({ ...f }));
  for (const change of changes) {
    if ("add" in change) {
      const { collection, stem, text } = change.add;
      files.push({
        collection,
        stem,
        text: typeof text === "function" ? text() : text,
        file: `data/${collection}/${stem}.yaml`,
      });
      continue;
    }
    const target = files.find((f) => f.file === change.file);
    if (!target) throw new Error(`no file ${change.file}`);
    const [from, to] = change.replace;
    const text = target.text.replace(from, to);
    if (text === target.text) throw new Error(`the change to ${change.file} changed nothing`);
    files = files.map((f) => (f === target ? { ...f, text } : f));
  }
  const result = validateFiles(files);
  return result.ok ? [] : result.issues.map(formatIssue);
}

const THERAPY = "data/therapies/example-car-t.yaml";
const TRIAL = "data/trials/nct00000001.yaml";
const EVENT = "data/events/2025-03-example-approval.yaml";
const INSTITUTE = "data/organizations/example-institute.yaml";

describe("the valid fixture", () => {
  it("has no problems and publishes every record", () => {
    const result = validateFiles(valid);
    expect(result.ok && result.dataset.meta.counts).toEqual({
      therapies: 1,
      organizations: 2,
      countries: 1,
      trials: 1,
      events: 1,
    });
  });
});

// Each case: the change, then the exact location and field, and the words that say what to do.
const cases: [string, Change[], string, RegExp][] = [
  [
    "YAML syntax",
    [{ file: THERAPY, replace: ["name: Example CAR-T", "name: Example: CAR-T"] }],
    `${THERAPY}:2:7  (file)`,
    /YAML syntax error: .+\(check indentation/,
  ],
  [
    "unknown field",
    [{ file: THERAPY, replace: ["cellSource:", "cellOrigin:"] }],
    `${THERAPY}:4:1  cellOrigin`,
    /unknown field "cellOrigin" {2}\(did you mean "cellSource"\? allowed: id, /,
  ],
  [
    "bad enum value",
    [{ file: THERAPY, replace: ["stage: phase-1", "stage: phase-one"] }],
    `${THERAPY}:13:12  indications[0].stage`,
    /"phase-one" is not an allowed value {2}\(allowed: preclinical, early-use, phase-1, /,
  ],
  [
    "missing field",
    [{ file: INSTITUTE, replace: ["kind: research-institute\n", ""] }],
    `${INSTITUTE}:1:1  kind`,
    /required field is missing {2}\(add `kind:` — one of: research-institute, /,
  ],
  [
    "dangling reference",
    [{ file: THERAPY, replace: ["- id: example-institute", "- id: example-institut"] }],
    `${THERAPY}:7:9  organizations[0].id`,
    /"example-institut" is not a known organization id {2}\(did you mean "example-institute"\?/,
  ],
  [
    "duplicate id",
    [{ add: { collection: "organizations", stem: "example-institute-copy", text: "" } }],
    `data/organizations/example-institute-copy.yaml:1:1  (file)`,
    /not a YAML mapping/,
  ],
  [
    "id differs from the file name",
    [{ file: EVENT, replace: ["id: 2025-03-example-approval", "id: 2025-03-other-name"] }],
    `${EVENT}:1:5  id`,
    /differs from the file name "2025-03-example-approval.yaml" {2}\(rename the file/,
  ],
  [
    "no sources",
    [{ file: "data/countries/xa.yaml", replace: [/sources:\n(?: {2}.*\n)+/, "sources: []\n"] }],
    "data/countries/xa.yaml:7:10  sources",
    /every record needs at least one source {2}\(add at least 1 entry\)/,
  ],
  [
    "non-https URL",
    [{ file: TRIAL, replace: ["url: https://sources.test/trial", "url: http://sources.test/trial"] }],
    `${TRIAL}:12:10  sources[0].url`,
    /"http:\/\/sources.test\/trial" must be an https:\/\/ URL/,
  ],
  [
    "impossible date",
    [{ file: EVENT, replace: [/^date: .*$/m, "date: 2025-02-30"] }],
    `${EVENT}:2:7  date`,
    /"2025-02-30" is not a real calendar date/,
  ],
  [
    "a source without the date it was read",
    [{ file: TRIAL, replace: ["    accessed: 2026-11-30\n", ""] }],
    `${TRIAL}:12:5  sources[0].accessed`,
    /required field is missing {2}\(add `accessed:`\)/,
  ],
  [
    "a placeholder address",
    [{ file: TRIAL, replace: ["url: https://sources.test/trial", "url: https://example.org/TODO"] }],
    `${TRIAL}:12:10  sources[0].url`,
    /holds a TODO marker: "https:\/\/example.org\/TODO" {2}\(replace it with the real value/,
  ],
  [
    "an example.org source",
    [{ file: TRIAL, replace: ["url: https://sources.test/trial", "url: https://www.example.org/trial"] }],
    `${TRIAL}:12:10  sources[0].url`,
    /holds an example.org address/,
  ],
  [
    "a bare id as a title",
    [{ file: TRIAL, replace: ["title: Example trial page", "title: NCT00000001"] }],
    `${TRIAL}:13:12  sources[0].title`,
    /holds an id in place of a title: "NCT00000001" {2}\(write the page's real title/,
  ],
  [
    "template text",
    [{ file: THERAPY, replace: ["summary: A fictional", "summary: TODO a fictional"] }],
    `${THERAPY}:28:10  summary`,
    /holds a TODO marker/,
  ],
  [
    "stage approved without an approval",
    [
      { file: THERAPY, replace: ["stage: phase-1", "stage: approved"] },
      { file: THERAPY, replace: [/approvals:\n(?: {2}.*\n)+/, "approvals: []\n"] },
    ],
    `${THERAPY}:13:12  indications[0].stage`,
    /stage is approved, but the record has no approval {2}\(add the approval under `approvals:` with a confirmed source, or record what is said as a claim/,
  ],
  [
    "an approval no confirmed source shows",
    [{ file: THERAPY, replace: ["        kind: regulator", "        kind: news"] }],
    `${THERAPY}:22:7  approvals[0].sources`,
    /no source of this approval confirms it {2}\(cite the regulator's notice.*move it to `claims:`/,
  ],
  [
    "a registry id used by two trials",
    [
      {
        add: {
          collection: "trials",
          stem: "nct00000002",
          text: () =>
            (valid.find((f) => f.file === TRIAL)?.text ?? "")
              .replace("id: nct00000001", "id: nct00000002")
              .replace("therapy: example-car-t\n", "")
              .replace(
                "title: A fictional",
                "secondaryIds:\n  - registry: clinicaltrials.gov\n    id: NCT00000001\ntitle: A fictional",
              ) as string,
        },
      },
    ],
    "data/trials/nct00000002.yaml:5:9  secondaryIds[0].id",
    /registry id "NCT00000001" is already the id of trial nct00000001 {2}\(one study, one record/,
  ],
  [
    "a trial its therapy does not list",
    [{ file: THERAPY, replace: ["trials: [nct00000001]", "trials: []"] }],
    `${TRIAL}:6:10  therapy`,
    /therapy example-car-t does not list this trial {2}\(add nct00000001 to `trials:` in therapies\/example-car-t.yaml\)/,
  ],
  [
    "a therapy listing a trial that names no therapy",
    [{ file: TRIAL, replace: ["therapy: example-car-t\n", ""] }],
    `${THERAPY}:27:10  trials[0]`,
    /trial nct00000001 does not name this therapy {2}\(add `therapy: example-car-t` to trials\/nct00000001.yaml\)/,
  ],
  [
    "evidence written by hand",
    [{ file: EVENT, replace: [/^kind: approval$/m, "kind: approval\nevidence: confirmed"] }],
    `${EVENT}:4:1  evidence`,
    /unknown field "evidence"/,
  ],
];

describe("validation on broken data", () => {
  for (const [what, changes, location, message] of cases) {
    it(`reports ${what} with file:line:col, field and fix`, () => {
      const found = problems(...changes);
      const line = found.find((l) => l.startsWith(location));
      expect(line, `no line starting with ${location} in:\n${found.join("\n")}`).toBeDefined();
      expect(line).toMatch(message);
      // A broken record must not drag others down with it: only the real problems are listed.
      if (what !== "dangling reference") expect(found.join("\n")).not.toMatch(/is not a known \w+ id/);
    });
  }

  it("reports two records with the same id once, naming the first", () => {
    const institute = valid.find((f) => f.file === INSTITUTE)?.text as string;
    const found = problems({ add: { collection: "organizations", stem: "example-institute-copy", text: institute } });
    expect(found).toContainEqual(
      expect.stringMatching(/example-institute-copy.yaml:1:5 {2}id {2}id "example-institute" differs/),
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /duplicate id "example-institute": data\/organizations\/example-institute(-copy)?.yaml already uses it/,
      ),
    );
  });
});

describe("pnpm validate, run as a contributor runs it", () => {
  const run = promisify(execFile);
  // The text report, even when these tests run under GitHub Actions.
  const withoutActions = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== "GITHUB_ACTIONS" && k !== "GITHUB_WORKSPACE"),
  );
  const validate = async (dir: string) => {
    try {
      const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "scripts/validate.ts", dir], {
        cwd: packageDir,
        env: withoutActions,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it("prints counts and exits 0 on valid data", async () => {
    const r = await validate(validDir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/6 files valid: 1 therapies, 2 organizations, 1 countries, 1 trials, 1 events/);
  });

  it("prints every problem as file:line:col and exits 1", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "cell-atlas-validate-"));
    for (const f of valid) {
      const target = path.join(dir, f.file.replace(/^data\//, ""));
      await import("node:fs/promises").then((fs) => fs.mkdir(path.dirname(target), { recursive: true }));
      await writeFile(target, f.file === THERAPY ? f.text.replace("stage: phase-1", "stage: phase-one") : f.text);
    }
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /therapies\/example-car-t.yaml:13:12 {2}indications\[0\].stage {2}"phase-one" is not an allowed value/,
    );
    expect(r.stderr).toMatch(/✗ 1 problem\(s\) in 6 file\(s\)/);
  });
});
