import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../load/index.ts";
import type { Dataset } from "../schema/index.ts";
import { type Atlas, createAtlas } from "./atlas.ts";
import { QueryError } from "./query-error.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
let dataset: Dataset;
let atlas: Atlas;

beforeAll(async () => {
  const result = await loadDataset(path.join(here, "../../data"));
  if (!result.ok) throw new Error("the real data must be valid for these tests");
  dataset = result.dataset;
  atlas = createAtlas(dataset);
});

/** Every page of a list, following nextCursor. */
function walk(collection: "therapies" | "events", input: Record<string, unknown>) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 1000; i++) {
    const page = atlas.list(collection, { ...input, ...(cursor ? { cursor } : {}) } as never);
    ids.push(...page.data.map((r) => r.id));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
  throw new Error("cursor walk did not end");
}

describe("list", () => {
  it("filters therapies exactly like a direct filter over the dataset", () => {
    for (const area of ["cancer", "autoimmune", "regenerative", "neurological"] as const) {
      const expected = dataset.therapies
        .filter((t) => t.indications.some((i) => i.area === area))
        .map((t) => t.id)
        .sort();
      expect(walk("therapies", { area, limit: 2 }).sort()).toEqual(expected);
    }
    for (const country of new Set(dataset.therapies.flatMap((t) => t.countries))) {
      const expected = dataset.therapies
        .filter((t) => t.countries.includes(country))
        .map((t) => t.id)
        .sort();
      expect(walk("therapies", { country }).sort()).toEqual(expected);
    }
  });

  it("walks every page with a cursor and returns each record exactly once", () => {
    const ids = walk("therapies", { limit: 1 });
    expect(ids).toEqual(
      dataset.therapies
        .map((t) => t.id)
        .sort((a, b) => {
          const na = dataset.therapies.find((t) => t.id === a)?.name.toLowerCase() ?? "";
          const nb = dataset.therapies.find((t) => t.id === b)?.name.toLowerCase() ?? "";
          return na.localeCompare(nb) || a.localeCompare(b);
        }),
    );
    expect(new Set(ids).size).toBe(dataset.therapies.length);
  });

  it("sorts events newest first by default and honours from/to as date prefixes", () => {
    const dates = walk("events", {}).map((id) => dataset.events.find((e) => e.id === id)?.date ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    const year = dataset.events[0]?.date.slice(0, 4) ?? "2023";
    const inYear = walk("events", { from: year, to: year });
    expect(inYear.sort()).toEqual(
      dataset.events
        .filter((e) => e.date.startsWith(year))
        .map((e) => e.id)
        .sort(),
    );
  });

  it("rejects a cursor from another query, and a forged cursor", () => {
    const page = atlas.list("therapies", { limit: 1 });
    if (page.nextCursor) {
      expect(() => atlas.list("therapies", { limit: 1, area: "cancer", cursor: page.nextCursor as string })).toThrow(
        /different query/,
      );
    }
    expect(() => atlas.list("therapies", { cursor: "not-a-cursor!" })).toThrow(QueryError);
  });

  it("names the bad parameter and the allowed values", () => {
    const parsed = atlas.parseQuery("therapies", { area: "cardio", limit: "500", colour: "red" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const byParam = Object.fromEntries(parsed.errors.map((e) => [e.param, e]));
    expect(byParam.area?.allowed).toMatch(/cancer, autoimmune, regenerative/);
    expect(byParam.limit?.detail).toMatch(/at most 100/);
    expect(byParam.colour?.detail).toMatch(/unknown parameter/);
    expect(byParam.colour?.allowed).toMatch(/modality/);
  });
});

describe("search and records", () => {
  it("finds NurOwn for ALS", () => {
    const hits = atlas.search({ q: "ALS", collection: "therapies" });
    expect(hits.map((h) => h.id)).toContain("nurown");
  });

  it("resolves a therapy's references one level", () => {
    const related = atlas.related("therapies", "nurown");
    expect(related.organizations?.[0]).toMatchObject({ id: "brainstorm-cell-therapeutics", role: "developer" });
    expect(related.trials?.map((t) => t.id)).toContain("nct03280056");
  });

  it("counts every therapy once per area in stats", () => {
    const stats = atlas.stats();
    const cancer = stats.byArea.find((a) => a.key === "cancer")?.therapies;
    expect(cancer).toBe(dataset.therapies.filter((t) => t.indications.some((i) => i.area === "cancer")).length);
    expect(stats.totals.therapies).toBe(dataset.therapies.length);
  });
});
