// Registry records (ClinicalTrials.gov API v2 JSON, WHO ICTRP XML as IRCT exports it) read into
// trial drafts and compared with trial records. The fixtures follow each registry's documented
// format with fictional values.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validateFiles } from "../src/load/load-dataset.ts";
import { countryIdOf } from "../src/registry/countries.ts";
import { ctgovStudies, parseCtgovStudy } from "../src/registry/ctgov.ts";
import { draftYaml, toTrialDraft } from "../src/registry/draft.ts";
import { driftOf, trialFor } from "../src/registry/drift.ts";
import { parseIctrpXml } from "../src/registry/ictrp.ts";
import { registryOfId, trialIdOf } from "../src/registry/record.ts";
import { applyDrift } from "../src/registry/update-yaml.ts";
import { syntheticDataset } from "./synthetic.ts";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "fixtures");
const fixture = (name: string) => readFileSync(path.join(dir, "registry", name), "utf8");
const study = JSON.parse(fixture("ctgov-study.json"));

describe("ClinicalTrials.gov API v2", () => {
  it("reads every field the atlas records", () => {
    expect(parseCtgovStudy(study)).toEqual({
      registry: "clinicaltrials.gov",
      registryId: "NCT00000042",
      title: "A Phase 1/2 Study of Example Autologous Cells in Adults With Example Disease",
      briefTitle: "Example Cells in Example Disease",
      studyType: "interventional",
      phase: "phase-1-2",
      status: "recruiting",
      sponsorName: "Example Institute",
      countryNames: ["Iran, Islamic Republic of", "Turkey"],
      conditions: ["Example Disease", "Another Condition"],
      enrollment: 24,
      startDate: "2024-02-15",
      completionDate: "2026-06",
      secondaryIds: [{ registry: "irct", id: "IRCT20240101000001N1" }],
      url: "https://clinicaltrials.gov/study/NCT00000042",
      unmapped: ["secondaryIdInfos: EX-GRANT-7 (Example Foundation)"],
    });
  });

  it("maps phases and statuses, and names what it cannot map", () => {
    const withDesign = (phases: string[] | undefined, overallStatus: string) =>
      parseCtgovStudy({
        protocolSection: {
          identificationModule: { nctId: "NCT00000001", briefTitle: "t" },
          statusModule: { overallStatus },
          designModule: { studyType: "EXPANDED_ACCESS", ...(phases ? { phases } : {}) },
        },
      });
    expect(withDesign(["PHASE2", "PHASE3"], "COMPLETED")).toMatchObject({ phase: "phase-2-3", status: "completed" });
    expect(withDesign(["EARLY_PHASE1"], "UNKNOWN")).toMatchObject({ phase: "early-phase-1", status: "unknown" });
    expect(withDesign(["NA"], "WITHDRAWN")).toMatchObject({ phase: "not-applicable", status: "withdrawn" });
    expect(withDesign([], "TERMINATED")).toMatchObject({ phase: "unknown", status: "terminated" });
    expect(withDesign(undefined, "TERMINATED").phase).toBeUndefined();
    const odd = withDesign(["PHASE1", "PHASE3"], "AVAILABLE");
    expect(odd.phase).toBeUndefined();
    expect(odd.status).toBeUndefined();
    expect(odd.studyType).toBeUndefined();
    expect(odd.unmapped).toEqual(["phases: PHASE1, PHASE3", "overallStatus: AVAILABLE", "studyType: EXPANDED_ACCESS"]);
    expect(() => parseCtgovStudy({ protocolSection: {} })).toThrow(/nctId is missing/);
  });

  it("takes one study or a search response", () => {
    expect(ctgovStudies(study)).toEqual([study]);
    expect(ctgovStudies({ studies: [study, study] })).toHaveLength(2);
  });
});

describe("WHO ICTRP XML (IRCT's export)", () => {
  const [irct, pactr] = parseIctrpXml(fixture("ictrp-trials.xml"));

  it("reads every field the atlas records", () => {
    expect(irct).toEqual({
      registry: "irct",
      registryId: "IRCT20240101000002N1",
      title: "Safety of example allogeneic cells in patients with example disease: a phase 2/3 trial",
      briefTitle: "Example cells for example disease",
      studyType: "interventional",
      phase: "phase-2-3",
      status: "completed",
      sponsorName: "Example Institute",
      countryNames: ["Iran (Islamic Republic of)"],
      conditions: ["Example disease", "Example complication"],
      enrollment: 38,
      startDate: "2024-03-01",
      completionDate: "2025-09-30",
      secondaryIds: [{ registry: "clinicaltrials.gov", id: "NCT00000043" }],
      url: "https://en.irct.ir/trial/99999",
      unmapped: [],
    });
    expect(pactr).toMatchObject({
      registry: "pactr",
      title: "A second trial",
      phase: "phase-2-3",
      status: "recruiting",
      studyType: "interventional",
      startDate: "2024-05",
      enrollment: 12,
      conditions: [],
    });
  });

  it("reads phase and status words as registries write them", () => {
    const one = (phase: string, status: string) =>
      parseIctrpXml(
        `<trials><trial><main><trial_id>IRCT1</trial_id><phase>${phase}</phase><recruitment_status>${status}</recruitment_status></main></trial></trials>`,
      )[0];
    expect(one("Phase 1", "Pending")).toMatchObject({ phase: "phase-1", status: "not-yet-recruiting" });
    expect(one("1-2", "Suspended")).toMatchObject({ phase: "phase-1-2", status: "suspended" });
    expect(one("N/A", "Not recruiting")).toMatchObject({ phase: "not-applicable", status: "active-not-recruiting" });
    expect(one("Phase IV", "Withdrawn")).toMatchObject({ phase: "phase-4", status: "withdrawn" });
    expect(one("3", "Stopped early")).toMatchObject({ phase: "phase-3", status: "terminated" });
    expect(one("exploratory", "Other")?.unmapped).toEqual(["phase: exploratory", "recruitment_status: Other"]);
  });

  it("says what is wrong with a file that is not ICTRP XML", () => {
    expect(() => parseIctrpXml("<trials><trial>")).toThrow(/not well-formed XML/);
    expect(() => parseIctrpXml("<studies/>")).toThrow(/no <trials><trial> element/);
    expect(() => parseIctrpXml("<trials><trial><main/></trial></trials>")).toThrow(/no <main><trial_id>/);
  });
});

describe("registry ids", () => {
  it("knows each registry by its id", () => {
    expect(
      [
        "NCT01234567",
        "IRCT2017N1",
        "PACTR2019",
        "ISRCTN123",
        "ACTRN126",
        "ChiCTR-IOR-17",
        "CTRI/2019/01/1",
        "DRKS000",
        "jRCT2031",
        "2019-001234-22",
        "EX-1",
      ].map(registryOfId),
    ).toEqual([
      "clinicaltrials.gov",
      "irct",
      "pactr",
      "isrctn",
      "anzctr",
      "chictr",
      "ctri",
      "drks",
      "jrct",
      "euctr",
      undefined,
    ]);
    expect(trialIdOf("IRCT20180312039094N1")).toBe("irct20180312039094n1");
    expect(trialIdOf("CTRI/2019/01/017000")).toBe("ctri201901017000");
  });

  it("reads countries as registries name them", () => {
    expect(countryIdOf("Iran, Islamic Republic of")).toBe("ir");
    expect(countryIdOf("Turkey")).toBe("tr");
    expect(countryIdOf("Türkiye")).toBe("tr");
    expect(countryIdOf("Egypt")).toBe("eg");
    expect(countryIdOf("Atlantis")).toBeUndefined();
    expect(countryIdOf("Xanadu", [{ id: "xa", name: "Xanadu" }])).toBe("xa");
  });
});

describe("trial drafts", () => {
  const d = syntheticDataset();
  const ctx = {
    organizations: [...d.organizations, { id: "example-institute", name: "Example Institute", aliases: ["EI"] }],
    countries: d.countries,
    today: "2026-12-01",
  };

  it("fills every field it can map and lists the rest", () => {
    const draft = toTrialDraft(parseCtgovStudy(study), ctx);
    expect(draft.record).toMatchObject({
      id: "nct00000042",
      registry: "clinicaltrials.gov",
      sponsor: "example-institute",
      countries: ["ir", "tr"],
      phase: "phase-1-2",
      sources: [{ url: "https://clinicaltrials.gov/study/NCT00000042", kind: "registry", accessed: "2026-12-01" }],
    });
    expect(draft.unmapped).toEqual([
      "secondaryIdInfos: EX-GRANT-7 (Example Foundation)",
      expect.stringMatching(/^therapy: the programme this trial tests/),
    ]);
    const [, pactr] = parseIctrpXml(fixture("ictrp-trials.xml"));
    const other = toTrialDraft(pactr!, ctx);
    expect(other.record.url).toBe("https://trialsearch.who.int/Trial2.aspx?TrialID=PACTR202401000000001");
    expect(other.unmapped).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^site country "Atlantis": no ISO code/),
        expect.stringMatching(/^sponsor "Nobody We Know": no organization record has this name/),
        expect.stringMatching(/^conditions: the record lists none/),
      ]),
    );
  });

  it("writes a file that validates once the programme is named", async () => {
    // The valid fixture, plus a country record for the draft's site and the draft itself.
    const validDir = path.join(dir, "valid", "data");
    const read = (c: string, f: string) => readFileSync(path.join(validDir, c, f), "utf8");
    const draft = toTrialDraft(parseIctrpXml(fixture("ictrp-trials.xml"))[0]!, {
      organizations: [{ id: "example-institute", name: "Example Institute", aliases: [] }],
      countries: [{ id: "ir", name: "Iran" }],
      today: "2026-12-01",
    });
    const yaml = draftYaml(draft, "../../dist/json-schema/trials.json", "IRCT record IRCT20240101000002N1");
    expect(yaml).toMatch(
      /^# yaml-language-server: \$schema=..\/..\/dist\/json-schema\/trials.json\n# Draft from IRCT record/,
    );
    expect(yaml).toContain("#   - therapy: the programme this trial tests");
    const file = (
      collection: "therapies" | "organizations" | "countries" | "trials" | "events",
      stem: string,
      text: string,
    ) => ({
      collection,
      stem,
      file: `data/${collection}/${stem}.yaml`,
      text,
    });
    const files = [
      file(
        "therapies",
        "example-car-t",
        read("therapies", "example-car-t.yaml").replace(
          "trials: [nct00000001]",
          "trials: [nct00000001, irct20240101000002n1]",
        ),
      ),
      file("organizations", "example-institute", read("organizations", "example-institute.yaml")),
      file("organizations", "example-regulator", read("organizations", "example-regulator.yaml")),
      file("countries", "xa", read("countries", "xa.yaml")),
      file("countries", "ir", read("countries", "xa.yaml").replace("id: xa", "id: ir")),
      file("trials", "nct00000001", read("trials", "nct00000001.yaml")),
      file("events", "2025-03-example-approval", read("events", "2025-03-example-approval.yaml")),
    ];
    const without = validateFiles([...files, file("trials", "irct20240101000002n1", yaml)]);
    expect(without.ok).toBe(false);
    const named = validateFiles([...files, file("trials", "irct20240101000002n1", `${yaml}therapy: example-car-t\n`)]);
    expect(named.ok ? [] : named.issues).toEqual([]);
  });
});

describe("registry sync", () => {
  const d = syntheticDataset();
  const record = {
    ...parseCtgovStudy(study),
    registryId: "NCT00000001",
    status: "completed" as const,
    countryNames: ["Saudi Arabia"],
  };

  it("finds the trial by id or secondary id and reports what drifted", () => {
    const trial = trialFor(record, d.trials);
    expect(trial?.id).toBe("nct00000001");
    expect(trialFor({ ...record, registryId: "NCT00000009" }, d.trials)?.id).toBe("irct1");
    expect(trialFor({ ...record, registryId: "NCT99999999", secondaryIds: [] }, d.trials)).toBeUndefined();
    expect(driftOf(trial!, record, d.countries)).toEqual([
      { trial: "nct00000001", field: "status", atlas: "recruiting", registry: "completed" },
      { trial: "nct00000001", field: "phase", atlas: "phase-1", registry: "phase-1-2" },
      { trial: "nct00000001", field: "enrollment", atlas: 20, registry: 24 },
      { trial: "nct00000001", field: "startDate", atlas: "2021-03", registry: "2024-02-15" },
      { trial: "nct00000001", field: "completionDate", atlas: undefined, registry: "2026-06" },
    ]);
  });

  it("rewrites only the drifted values, today's review date and the registry source's accessed date", () => {
    const text = [
      "# a comment that stays",
      "id: nct00000001",
      "registry: clinicaltrials.gov",
      "title: >-",
      "  A title folded over",
      "  two lines",
      "phase: phase-1",
      "status: recruiting",
      "sponsor: kfshrc",
      "conditions: [B-ALL]",
      'startDate: "2021-03"',
      "sources:",
      "  - url: https://sources.test/registry/7",
      "    title: Registry page",
      "    publisher: Test",
      "    accessed: 2026-11-30",
      "    kind: registry",
      "lastReviewed: 2026-11-30",
      "",
    ].join("\n");
    const out = applyDrift(
      text,
      [
        { trial: "nct00000001", field: "status", atlas: "recruiting", registry: "completed" },
        { trial: "nct00000001", field: "startDate", atlas: "2021-03", registry: "2024-02" },
        { trial: "nct00000001", field: "countries", atlas: [], registry: ["sa", "tr"] },
        { trial: "nct00000001", field: "enrollment", atlas: undefined, registry: 24 },
      ],
      "2026-12-01",
    );
    expect(out).toBe(
      text
        .replace("status: recruiting", "status: completed")
        .replace('startDate: "2021-03"', 'startDate: "2024-02"')
        .replace("sponsor: kfshrc", "sponsor: kfshrc\ncountries: [sa, tr]")
        .replace("conditions: [B-ALL]", "conditions: [B-ALL]\nenrollment: 24")
        .replace("    accessed: 2026-11-30", "    accessed: 2026-12-01")
        .replace("lastReviewed: 2026-11-30", "lastReviewed: 2026-12-01"),
    );
  });
});
