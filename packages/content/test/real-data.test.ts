import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { formatIssue, loadDataset } from "../src/load/index.ts";
import { COLLECTIONS, type Dataset } from "../src/schema/index.ts";

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../data");

// The 57 member states of the OIC (ISO 3166-1 alpha-2), as listed on the membership page the
// country records cite.
const OIC_MEMBERS = `af al dz az bh bd bj bn bf cm td km ci dj eg ga gm gn gw gy id ir iq jo kz kw kg lb ly my mv ml
  mr ma mz ne ng om pk ps qa sa sn sl so sd sr sy tj tg tn tr tm ug ae uz ye`.split(/\s+/);

let dataset: Dataset;

beforeAll(async () => {
  const result = await loadDataset(dataDir);
  if (!result.ok) throw new Error(`the real data is invalid:\n${result.issues.map(formatIssue).join("\n")}`);
  dataset = result.dataset;
});

describe("the real data", () => {
  it("loads with no problems and every record has an https source", async () => {
    for (const c of COLLECTIONS) {
      for (const record of dataset[c]) {
        expect(record.sources.length, `${c}/${record.id}`).toBeGreaterThan(0);
        for (const s of record.sources) expect(s.url.startsWith("https://"), `${c}/${record.id}: ${s.url}`).toBe(true);
      }
    }
  });

  it("has a country record for each of the 57 OIC member states, and marks only those as members", () => {
    expect(OIC_MEMBERS).toHaveLength(57);
    const members = dataset.countries.filter((c) => c.oicMember).map((c) => c.id);
    expect(members.sort()).toEqual([...OIC_MEMBERS].sort());
  });

  it("meets the curation targets: records per collection, countries and areas", () => {
    expect(dataset.organizations.length).toBeGreaterThanOrEqual(60);
    expect(dataset.therapies.length).toBeGreaterThanOrEqual(40);
    expect(dataset.trials.length).toBeGreaterThanOrEqual(25);
    expect(dataset.events.length).toBeGreaterThanOrEqual(60);
    expect(new Set(dataset.therapies.flatMap((t) => t.countries)).size).toBeGreaterThanOrEqual(12);
    for (const area of ["cancer", "autoimmune", "regenerative"] as const) {
      const n = dataset.therapies.filter((t) => t.indications.some((i) => i.area === area)).length;
      expect(n, area).toBeGreaterThanOrEqual(8);
    }
  });

  it("records the seed article's corrections: BrainStorm/NurOwn and Pluristem/Pluri are not from OIC states", () => {
    const nurown = dataset.therapies.find((t) => t.id === "nurown");
    expect(nurown?.notes.join(" ")).toMatch(/Islamic/);
    expect(nurown?.indications.find((i) => /ALS/.test(i.condition))?.status).toBe("failed");
    for (const id of ["brainstorm-cell-therapeutics", "pluri"]) {
      const org = dataset.organizations.find((o) => o.id === id);
      expect(org, id).toBeDefined();
      expect(dataset.countries.find((c) => c.id === org?.country)?.oicMember, id).toBe(false);
    }
    const pluri = dataset.organizations.find((o) => o.id === "pluri");
    expect(pluri?.country).toBe("il");
    expect(pluri?.aliases).toContain("Pluristem Therapeutics");
    expect(pluri?.notes.join(" ")).toMatch(/Islamic/);
  });
});
