// Each module of the query layer loads on its own, as the CLI's lazy `import()`s load them. The
// imports are made inside the test (this file imports no module under test at its top), so a
// module that throws while loading fails this test rather than stopping the file from running.
import { describe, expect, it } from "vitest";

describe("the query modules", () => {
  it("load, and give the tables and functions other modules build on", async () => {
    const order = await import("../src/query/order.ts");
    expect(order.stageOrder("approved")).toBeGreaterThan(order.stageOrder("phase-3"));
    expect(order.phaseOrder("phase-2")).toBeGreaterThan(order.phaseOrder("phase-1"));
    const sorts = await import("../src/query/sorts.ts");
    expect(sorts.SORTS.trials.defaultSort).toBe("-startDate");
    expect(Object.keys(sorts.SORTS.events.keys)).toEqual(["date", "title"]);
    const filters = await import("../src/query/filters.ts");
    expect(Object.keys(filters.FILTERS.countries)).toEqual([
      "area",
      "modality",
      "region",
      "oicMember",
      "hasProgrammes",
    ]);
    const params = await import("../src/query/params.ts");
    expect(Object.keys(params.queryParamSchemas)).toEqual([
      "therapies",
      "organizations",
      "countries",
      "trials",
      "events",
    ]);
    const atlas = await import("../src/query/atlas.ts");
    expect(typeof atlas.createAtlas).toBe("function");
  });
});
