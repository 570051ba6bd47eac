import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../load/index.ts";
import { COLLECTIONS } from "../schema/values.ts";
import { createAtlas } from "./atlas.ts";
import {
  codeUnitOrder,
  compareKeys,
  furthestStage,
  furthestStageEvidence,
  phaseOrder,
  sortText,
  stageOrder,
} from "./order.ts";
import { recordName } from "./reader.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const collator = new Intl.Collator("en");

describe("sortText", () => {
  it("files names under their letter whatever the case or accent", () => {
    expect(sortText("Çukurova University")).toBe("cukurova university");
    expect(sortText("Türkiye")).toBe("turkiye");
    const names = ["zeta", "Émile", "Cairo", "çukurova", "Aga Khan", "ege"];
    expect(names.sort((a, b) => codeUnitOrder(sortText(a), sortText(b)))).toEqual([
      "Aga Khan",
      "Cairo",
      "çukurova",
      "ege",
      "Émile",
      "zeta",
    ]);
  });

  // The atlas sorts names without ICU collation for speed; this is the check that nothing is lost.
  it("orders every collection by name exactly as ICU collation would", async () => {
    const result = await loadDataset(path.join(here, "../../data"));
    if (!result.ok) throw new Error("the real data must be valid for these tests");
    const atlas = createAtlas(result.dataset);
    for (const collection of COLLECTIONS) {
      const records = result.dataset[collection] as never[];
      const expected = [...records]
        .sort(
          (a, b) =>
            collator.compare(recordName(collection, a), recordName(collection, b)) ||
            codeUnitOrder((a as { id: string }).id, (b as { id: string }).id),
        )
        .map((r) => (r as { id: string }).id);
      const sort = collection === "trials" || collection === "events" ? "title" : "name";
      const listed: string[] = [];
      let cursor: string | undefined;
      do {
        const page = atlas.list(collection, { sort, limit: 100, ...(cursor ? { cursor } : {}) } as never);
        listed.push(...page.data.map((r) => r.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(listed, collection).toEqual(expected.slice(0, listed.length));
    }
  });
});

describe("stage and phase order", () => {
  it("ranks stages and phases in their declared order, anything unknown before all of them", () => {
    expect(stageOrder("preclinical")).toBe(0);
    expect(stageOrder("in-clinical-use")).toBe(8);
    expect(stageOrder("phase-3")).toBeLessThan(stageOrder("approved"));
    expect(stageOrder("nope")).toBe(-1);
    expect(phaseOrder("early-phase-1")).toBe(0);
    expect(phaseOrder("phase-1-2")).toBeLessThan(phaseOrder("phase-2"));
    expect(phaseOrder("nope")).toBe(-1);
  });

  it("finds the furthest stage whatever the order of the indications", () => {
    const at = (...stages: string[]) => stages.map((stage) => ({ stage }));
    expect(furthestStage(at("phase-1", "phase-2"))).toBe("phase-2");
    expect(furthestStage(at("phase-2", "phase-1"))).toBe("phase-2");
    expect(furthestStage(at("phase-1", "approved", "phase-3"))).toBe("approved");
    expect(furthestStage(at("early-use"))).toBe("early-use");
    expect(furthestStage([])).toBeUndefined();
  });

  it("takes the best evidence among the indications at the furthest stage", () => {
    const i = (stage: string, evidence: string) => ({ stage, evidence });
    expect(furthestStageEvidence([i("phase-2", "claimed"), i("phase-2", "reported")])).toBe("reported");
    expect(furthestStageEvidence([i("phase-2", "reported"), i("phase-2", "claimed")])).toBe("reported");
    expect(furthestStageEvidence([i("phase-2", "reported"), i("phase-2", "confirmed")])).toBe("confirmed");
    expect(furthestStageEvidence([i("phase-1", "confirmed"), i("phase-2", "claimed")])).toBe("claimed");
    expect(furthestStageEvidence([i("phase-2", "claimed"), i("phase-1", "confirmed")])).toBe("claimed");
    expect(furthestStageEvidence([])).toBeUndefined();
  });
});

describe("compareKeys and codeUnitOrder", () => {
  it("compares numbers as numbers and text by code unit, either way, missing keys last", () => {
    expect(compareKeys(2, 10, false)).toBeLessThan(0);
    expect(compareKeys(2, 10, true)).toBeGreaterThan(0);
    expect(compareKeys("b", "a", false)).toBeGreaterThan(0);
    expect(compareKeys("a", "b", false)).toBeLessThan(0);
    expect(compareKeys("a", "b", true)).toBeGreaterThan(0);
    expect(compareKeys("Z", "a", false)).toBeLessThan(0);
    expect(compareKeys("2020-12", "2020-12-31", false)).toBeLessThan(0);
    expect(compareKeys(undefined, "a", false)).toBe(1);
    expect(compareKeys(undefined, "a", true)).toBe(1);
    expect(compareKeys(3, undefined, true)).toBe(-1);
    expect(compareKeys(3, 3, true)).toBe(0);
    expect(compareKeys(undefined, undefined, false)).toBe(0);
  });

  it("orders strings by code unit, equal ones as equal", () => {
    expect(codeUnitOrder("a", "b")).toBe(-1);
    expect(codeUnitOrder("b", "a")).toBe(1);
    expect(codeUnitOrder("a", "a")).toBe(0);
    expect(codeUnitOrder("B", "a")).toBe(-1);
  });
});
