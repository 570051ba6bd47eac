// The atlas and its reader beyond what the oracle in query-oracle.test.ts covers: relevance
// order, search scoped to a collection, paging with cursors, the errors of listParsed and search,
// and lookups by id that read only the collection they need.
import { describe, expect, it } from "vitest";
import { createAtlas } from "../src/query/atlas.ts";
import { FILTERS, matchesFilters } from "../src/query/filters.ts";
import { QueryError } from "../src/query/query-error.ts";
import { createReader, recordName } from "../src/query/reader.ts";
import type { Dataset } from "../src/schema/index.ts";
import { syntheticDataset } from "./synthetic.ts";
import { tracked } from "./tracked.ts";

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);
/** What a call throws, as the QueryError's parameter and message. */
const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(QueryError);
    return `${(e as QueryError).param} | ${(e as QueryError).message}`;
  }
  throw new Error("nothing was thrown");
};
/**
 * Two more therapies mention Royan in their summaries, so q=royan finds three: royan by name first,
 * then kfshrc-cd19 (a one-word summary) and ml-hsc (a long one). Neither the data order
 * (kfshrc-cd19, royan, ml-hsc) nor the name order (ml-hsc, kfshrc-cd19, royan) is that order.
 */
const mentioning = (): Dataset => {
  const d = structuredClone(syntheticDataset());
  const therapy = (id: string) => {
    const t = d.therapies.find((x) => x.id === id);
    if (!t) throw new Error("synthetic data changed");
    return t;
  };
  therapy("kfshrc-cd19").summary = "Royan.";
  therapy("ml-hsc").summary = "Built with help from the Royan Institute team.";
  return d;
};

describe("listing with q", () => {
  it("ranks by relevance unless a sort is given", () => {
    const atlas = createAtlas(mentioning());
    const ranked = ["royan", "kfshrc-cd19", "ml-hsc"];
    expect(atlas.search({ q: "royan", collection: "therapies" }).map((h) => h.id)).toEqual(ranked);
    expect(ids(atlas.list("therapies", { q: "royan" }).data)).toEqual(ranked);
    expect(ids(atlas.list("therapies", { q: "royan", sort: "name" }).data)).toEqual(["ml-hsc", "kfshrc-cd19", "royan"]);
    expect(ids(atlas.list("therapies", { q: "royan", sort: "-lastReviewed" }).data)).toEqual([
      "kfshrc-cd19",
      "ml-hsc",
      "royan",
    ]);
    // Paging keeps the relevance order.
    const first = atlas.list("therapies", { q: "royan", limit: 2 });
    expect(ids(first.data)).toEqual(ranked.slice(0, 2));
    const second = atlas.list("therapies", { q: "royan", limit: 2, cursor: first.nextCursor as string });
    expect(ids(second.data)).toEqual(["ml-hsc"]);
    expect(second.nextCursor).toBeNull();
  });

  it("matches only records of the listed collection, though another shares the id", () => {
    const atlas = createAtlas(syntheticDataset());
    // "MSC" names the therapy royan; the organization royan is "Royan Institute".
    expect(atlas.list("organizations", { q: "msc" })).toEqual({ data: [], total: 0, nextCursor: null });
    expect(ids(atlas.list("therapies", { q: "msc" }).data)).toEqual(["royan"]);
    expect(ids(atlas.list("organizations", { q: "institute" }).data)).toEqual(["royan"]);
  });
});

describe("paging", () => {
  it("walks every record once, the total on every page, the last page without a cursor", () => {
    const atlas = createAtlas(syntheticDataset());
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = atlas.list("events", { limit: 4, ...(cursor ? { cursor } : {}) });
      expect(page.total).toBe(6);
      seen.push(...ids(page.data));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(2);
    // Newest first, the default for events.
    expect(seen).toEqual([
      "2024-05-acme-approval",
      "2021-03-first-car-t",
      "2020-12-31-tr-rules",
      "2020-12-kfshrc-unit",
      "2016-hacettepe-first",
      "2015-royan-trial",
    ]);
    expect(atlas.list("events", { limit: 6 }).nextCursor).toBeNull();
    expect(atlas.list("events", { limit: 5 }).nextCursor).not.toBeNull();
  });

  it("refuses a cursor from another query, and says how to page", () => {
    const atlas = createAtlas(syntheticDataset());
    const cursor = atlas.list("events", { limit: 2, sort: "title" }).nextCursor as string;
    expect(ids(atlas.list("events", { limit: 2, sort: "title", cursor }).data)).toHaveLength(2);
    expect(thrown(() => atlas.list("events", { limit: 2, sort: "date", cursor }))).toBe(
      "cursor | cursor: belongs to a different query; keep the same filters and sort while paging",
    );
    expect(thrown(() => atlas.list("trials", { limit: 2, sort: "title", cursor }))).toMatch(/^cursor \| /);
  });

  it("starts at the first record with no input at all", () => {
    const atlas = createAtlas(syntheticDataset());
    expect(atlas.list("therapies").total).toBe(5);
    expect(ids(atlas.list("therapies").data)).toEqual([
      "acme-nk",
      "ml-hsc",
      "hacettepe-limbal",
      "kfshrc-cd19",
      "royan",
    ]);
    const parsed = atlas.parseQuery("therapies", undefined);
    expect(parsed).toEqual({ ok: true, params: { limit: 20 } });
  });
});

describe("listParsed, for params checked elsewhere", () => {
  it("still refuses a cursor no page issued, and a sort the collection does not have", () => {
    const atlas = createAtlas(syntheticDataset());
    expect(thrown(() => atlas.listParsed("therapies", { limit: 2, cursor: "not a cursor" } as never))).toBe(
      "cursor | cursor: is not a cursor this API issued",
    );
    expect(thrown(() => atlas.listParsed("therapies", { limit: 2, sort: "-colour" } as never))).toBe(
      "sort | sort: is not a sort of therapies (allowed: name, stage, lastReviewed)",
    );
  });

  it("treats a filter given as undefined as absent", () => {
    const atlas = createAtlas(syntheticDataset());
    expect(atlas.listParsed("therapies", { limit: 20, area: undefined, country: undefined } as never).total).toBe(5);
  });
});

describe("matchesFilters", () => {
  it("names a filter the collection does not have", () => {
    const d = syntheticDataset();
    const links = createReader(d).links;
    const therapy = d.therapies[0] as never;
    expect(() => matchesFilters("therapies", therapy, { colour: "red" } as never, links)).toThrow(
      'therapies has no filter named "colour"',
    );
    expect(matchesFilters("therapies", therapy, {}, links)).toBe(true);
    expect(Object.keys(FILTERS.therapies)).toContain("area");
  });
});

describe("search", () => {
  it("passes the collection and the limit on", () => {
    const atlas = createAtlas(syntheticDataset());
    const all = atlas.search({ q: "royan" });
    expect(new Set(all.map((h) => h.collection))).toEqual(new Set(["therapies", "organizations", "events"]));
    expect(atlas.search({ q: "royan", collection: "events" }).map((h) => h.id)).toEqual(["2015-royan-trial"]);
    expect(atlas.search({ q: "royan", limit: 2 })).toEqual(all.slice(0, 2));
  });

  it("reports a bad search as a QueryError naming the parameter", () => {
    const atlas = createAtlas(syntheticDataset());
    expect(thrown(() => atlas.search({ q: " " }))).toBe("q | q: must not be empty");
    expect(thrown(() => atlas.search({ q: "x", collection: "planets" } as never))).toBe(
      "collection | collection: is not an allowed value (allowed: therapies, organizations, countries, trials, events)",
    );
    expect(thrown(() => atlas.search({ q: "x", limit: 500 }))).toBe("limit | limit: must be at most 100");
  });
});

describe("the reader", () => {
  it("gets records by id, names them, lists ids, and finds an id in every collection", () => {
    const d = syntheticDataset();
    const reader = createReader(d);
    expect(reader.get("trials", "irct2")).toBe(d.trials.find((t) => t.id === "irct2"));
    expect(reader.get("trials", "royan")).toBeUndefined();
    expect(reader.nameOf("trials", "irct2")).toBe("MSC in knee osteoarthritis");
    expect(reader.nameOf("events", "2015-royan-trial")).toBe("Royan trial starts");
    expect(reader.nameOf("countries", "tr")).toBe("Türkiye");
    expect(reader.nameOf("countries", "zz")).toBe("");
    expect(reader.ids("countries")).toEqual(["sa", "tr", "ir", "us", "jo", "ml"]);
    expect(reader.find("royan").map((f) => [f.collection, recordName(f.collection, f.record as never)])).toEqual([
      ["therapies", "Royan MSC"],
      ["organizations", "Royan Institute"],
    ]);
    expect(reader.find("nope")).toEqual([]);
    expect(reader.currentId("therapies", "royan-msc-old")).toBe("royan");
    expect(reader.currentId("organizations", "royan-msc-old")).toBeUndefined();
  });

  it("resolves related records with their names and roles, and nothing for an unknown id", () => {
    const reader = createReader(syntheticDataset());
    expect(reader.related("trials", "nct00000002")).toEqual({
      therapies: [{ id: "acme-nk", name: "Acme NK" }],
      organizations: [{ id: "acme", name: "Acme Cells", role: "sponsor" }],
      countries: [
        { id: "us", name: "United States" },
        { id: "sa", name: "Saudi Arabia" },
      ],
    });
    expect(reader.related("trials", "nope")).toEqual({});
  });

  it("reads only the collection a lookup needs, and each once", () => {
    const t = tracked(syntheticDataset());
    const reader = createReader(t.dataset);
    expect(reader.get("trials", "irct1")?.title).toBe("MSC in ALS");
    expect(reader.get("trials", "irct2")?.title).toBe("MSC in knee osteoarthritis");
    expect(reader.nameOf("trials", "pactr1")).toBe("Unlinked trial");
    expect(reader.ids("trials")).toHaveLength(5);
    expect(t.collections).toEqual(["trials"]);
    t.reset();
    expect(reader.currentId("therapies", "royan-msc-old")).toBe("royan");
    expect(reader.currentId("therapies", "nope")).toBeUndefined();
    expect(t.collections).toEqual(["therapies"]);
  });
});
