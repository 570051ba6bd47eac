import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getChangeLog, getDataset } from "@cell-atlas/content";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { contentDir, fixturesDir, json, run } from "./helpers.ts";

const tmp = mkdtempSync(path.join(tmpdir(), "cell-atlas-registry-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const ctgovFixture = path.join(fixturesDir, "registry", "ctgov-study.json");
const ictrpFixture = path.join(fixturesDir, "registry", "ictrp-trials.xml");

describe("changes", () => {
  it("prints the API's /v1/changes body and the releases", async () => {
    const [changes, releases, bad] = await Promise.all([
      run(["changes", "--json", "--limit", "5"]),
      run(["changes", "--releases", "--json"]),
      run(["changes", "--since", "last-week"]),
    ]);
    expect(changes.code, changes.stderr).toBe(0);
    const expected = getChangeLog().list({ limit: 5 });
    expect(json<{ data: unknown[]; meta: { total: number } }>(changes)).toEqual({
      data: expected.data,
      meta: { total: expected.total, nextCursor: expected.nextCursor },
    });
    expect(json<{ data: { version: string }[] }>(releases).data.map((r) => r.version)).toEqual(
      getChangeLog()
        .releases()
        .map((r) => r.version),
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--since: must be a date");
  });
});

describe("import", () => {
  it("turns a ClinicalTrials.gov study into a draft trial file, listing what it could not map", async () => {
    const r = await run(["import", "clinicaltrials.gov", ctgovFixture]);
    expect(r.code, r.stderr).toBe(0);
    const draft = parse(r.stdout) as Record<string, unknown>;
    expect(draft).toMatchObject({
      id: "nct00000042",
      registry: "clinicaltrials.gov",
      phase: "phase-1-2",
      countries: ["ir", "tr"],
    });
    expect(r.stdout).toMatch(/^# {3}- therapy: the programme this trial tests/m);
    expect(r.stderr).toMatch(/nct00000042: \d thing\(s\) to fill in by hand/);
  });

  it("writes every trial of an ICTRP export into a data folder, and never overwrites", async () => {
    const data = path.join(tmp, "import", "data");
    mkdirSync(path.join(data, "trials"), { recursive: true });
    const first = await run(["import", "irct", ictrpFixture, "--dir", data]);
    expect(first.code, first.stderr).toBe(0);
    for (const id of ["irct20240101000002n1", "pactr202401000000001"])
      expect(existsSync(path.join(data, "trials", `${id}.yaml`)), id).toBe(true);
    const again = await run(["import", "irct", ictrpFixture, "--dir", data]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");
  });

  it("says what is wrong with a bad registry, id or file", async () => {
    const notJson = path.join(tmp, "broken.json");
    writeFileSync(notJson, "{ not json");
    const [registry, irctId, missing, broken] = await Promise.all([
      run(["import", "widgets", ctgovFixture]),
      run(["import", "irct", "IRCT20240101000002N1"]),
      run(["import", "clinicaltrials.gov", path.join(tmp, "nope.json")]),
      run(["import", "clinicaltrials.gov", notJson]),
    ]);
    expect(registry.code).toBe(2);
    expect(registry.stderr).toContain("registries: clinicaltrials.gov, irct, ictrp");
    expect(irctId.code).toBe(2);
    expect(irctId.stderr).toContain("save the record's XML");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file");
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken.json: .*JSON/);
  });
});

describe("sync", () => {
  // A registry record for a trial the atlas holds, whose status has since moved.
  const trial = getDataset().trials.find((t) => t.registry === "clinicaltrials.gov" && t.status === "recruiting");
  if (!trial) throw new Error("the data needs a recruiting ClinicalTrials.gov trial");
  const folder = path.join(tmp, "records");
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, `${trial.id}.json`),
    JSON.stringify({
      protocolSection: {
        identificationModule: { nctId: trial.registryId ?? trial.id.toUpperCase(), briefTitle: trial.title },
        statusModule: { overallStatus: "COMPLETED" },
      },
    }),
  );
  writeFileSync(
    path.join(folder, "unknown.json"),
    JSON.stringify({ protocolSection: { identificationModule: { nctId: "NCT99999998", briefTitle: "x" } } }),
  );

  it("reports the drift and the records the atlas lacks", async () => {
    const r = await run(["sync", folder, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toEqual({
      checked: 2,
      drift: [{ trial: trial.id, field: "status", atlas: "recruiting", registry: "completed" }],
      notInAtlas: ["NCT99999998"],
    });
  });

  it("updates the trial file in place with --write, and the data stays valid", async () => {
    const data = path.join(tmp, "sync", "data");
    cpSync(path.join(contentDir, "data"), data, { recursive: true });
    const before = readFileSync(path.join(data, "trials", `${trial.id}.yaml`), "utf8");
    const r = await run(["sync", folder, "--write", "--dir", data]);
    expect(r.code, r.stderr).toBe(0);
    const after = readFileSync(path.join(data, "trials", `${trial.id}.yaml`), "utf8");
    expect(after).not.toBe(before);
    expect(after).toContain("status: completed");
    expect(after.split("\n").filter((l) => !before.includes(l)).length).toBeLessThanOrEqual(3);
    const validated = await run(["validate", data]);
    expect(validated.code, validated.stderr).toBe(0);
  });

  it("says what is wrong with a folder that holds no records", async () => {
    const empty = path.join(tmp, "empty");
    mkdirSync(empty);
    const [none, missing] = await Promise.all([run(["sync", empty]), run(["sync", path.join(tmp, "nope")])]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no .json or .xml files");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("not a folder of registry records");
  });
});
