// The search index: what each record contributes to it, how a query matches (whole short words,
// prefixes and typos of longer ones, every word unless none matches), how hits rank, and that the
// serialized index the build ships searches like the one built in memory.
import { describe, expect, it } from "vitest";
import { createAtlas } from "../src/query/atlas.ts";
import {
  buildSearchIndex,
  loadSearchIndex,
  runSearch,
  type SearchDocument,
  toSearchDocuments,
} from "../src/query/search-index.ts";
import type { Dataset } from "../src/schema/index.ts";
import { syntheticDataset } from "./synthetic.ts";

/** The synthetic data with the optional fields search reads filled in on a few records. */
function searchable(): Dataset {
  const d = structuredClone(syntheticDataset());
  const find = <T extends { id: string }>(list: T[], id: string) => {
    const r = list.find((x) => x.id === id);
    if (!r) throw new Error(`${id} is not in the synthetic data`);
    return r;
  };
  Object.assign(find(d.organizations, "kfshrc"), { aliases: ["KFSH"], city: "Riyadh" });
  Object.assign(find(d.organizations, "royan"), { city: "Tehran" });
  Object.assign(find(d.organizations, "acme"), { aliases: ["Acme Biologics"], summary: "Mentions CD19 once." });
  Object.assign(find(d.therapies, "acme-nk"), { aliases: ["AC-NK1"] });
  Object.assign(find(d.trials, "nct00000001"), { registryId: "NCT00000001" });
  Object.assign(find(d.trials, "pactr1"), {
    registryId: "PACTR202001234567890",
    result: "Knee pain eased.",
    conditions: ["sickle cell disease", "thalassemia"],
  });
  return d;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
/** A document with each text field as its words, so the test does not depend on spacing. */
const asWords = (doc: SearchDocument) => ({
  key: doc.key,
  collection: doc.collection,
  id: doc.id,
  name: doc.name,
  names: words(doc.names),
  aliases: words(doc.aliases),
  conditions: words(doc.conditions),
  summary: words(doc.summary),
});
const hits = (d: Dataset, q: string, options: Parameters<typeof runSearch>[2] = {}) =>
  runSearch(buildSearchIndex(d), q, options).map((h) => `${h.collection}/${h.id}`);

describe("the documents", () => {
  it("has one document per record, keyed by collection and id", () => {
    const d = searchable();
    const docs = toSearchDocuments(d);
    expect(docs.map((doc) => doc.key)).toEqual([
      ...d.therapies.map((r) => `therapies/${r.id}`),
      ...d.organizations.map((r) => `organizations/${r.id}`),
      ...d.countries.map((r) => `countries/${r.id}`),
      ...d.trials.map((r) => `trials/${r.id}`),
      ...d.events.map((r) => `events/${r.id}`),
    ]);
    // "royan" is both a therapy and an organization: two documents.
    expect(docs.filter((doc) => doc.id === "royan").map((doc) => doc.collection)).toEqual([
      "therapies",
      "organizations",
    ]);
  });

  it("indexes a therapy's aliases, targets and modality, its conditions and its summary", () => {
    const docs = toSearchDocuments(searchable()).map(asWords);
    expect(docs.find((doc) => doc.key === "therapies/acme-nk")).toEqual({
      key: "therapies/acme-nk",
      collection: "therapies",
      id: "acme-nk",
      name: "Acme NK",
      names: [],
      aliases: ["AC-NK1", "nk"],
      conditions: ["GvHD", "AML"],
      summary: ["s"],
    });
    expect(docs.find((doc) => doc.key === "therapies/kfshrc-cd19")).toMatchObject({
      aliases: ["CD19", "car-t"],
      conditions: ["B-ALL"],
    });
    expect(docs.find((doc) => doc.key === "therapies/royan")?.conditions).toEqual(["ALS", "knee", "osteoarthritis"]);
  });

  it("indexes an organization's aliases and city, and nothing more when it has neither", () => {
    const docs = toSearchDocuments(searchable()).map(asWords);
    expect(docs.find((doc) => doc.key === "organizations/kfshrc")).toEqual({
      key: "organizations/kfshrc",
      collection: "organizations",
      id: "kfshrc",
      name: "King Faisal Specialist Hospital",
      names: [],
      aliases: ["KFSH", "Riyadh"],
      conditions: [],
      summary: ["s"],
    });
    expect(docs.find((doc) => doc.key === "organizations/royan")?.aliases).toEqual(["Tehran"]);
    expect(docs.find((doc) => doc.key === "organizations/acme")?.aliases).toEqual(["Acme", "Biologics"]);
    expect(docs.find((doc) => doc.key === "organizations/sfda")?.aliases).toEqual([]);
  });

  it("indexes a country under its code, a trial under its ids and result, an event under its title", () => {
    const docs = toSearchDocuments(searchable()).map(asWords);
    expect(docs.find((doc) => doc.key === "countries/sa")).toEqual({
      key: "countries/sa",
      collection: "countries",
      id: "sa",
      name: "Saudi Arabia",
      names: [],
      aliases: ["sa"],
      conditions: [],
      summary: ["s"],
    });
    expect(docs.find((doc) => doc.key === "trials/pactr1")).toEqual({
      key: "trials/pactr1",
      collection: "trials",
      id: "pactr1",
      name: "Unlinked trial",
      names: [],
      aliases: ["pactr1", "PACTR202001234567890"],
      conditions: ["sickle", "cell", "disease", "thalassemia"],
      summary: ["Knee", "pain", "eased."],
    });
    // No registry id, no result: the id alone, no summary.
    expect(docs.find((doc) => doc.key === "trials/irct2")).toMatchObject({ aliases: ["irct2"], summary: [] });
    expect(docs.find((doc) => doc.key === "events/2024-05-acme-approval")).toEqual({
      key: "events/2024-05-acme-approval",
      collection: "events",
      id: "2024-05-acme-approval",
      name: "Acme NK approved",
      names: [],
      aliases: [],
      conditions: [],
      summary: ["s"],
    });
  });
});

describe("matching", () => {
  it("finds a record by any indexed field, and says which collection, id and name it is", () => {
    const d = searchable();
    const index = buildSearchIndex(d);
    expect(runSearch(index, "Hacettepe limbal")).toEqual([
      expect.objectContaining({
        collection: "therapies",
        id: "hacettepe-limbal",
        name: "Hacettepe limbal cells",
        terms: ["hacettepe", "limbal"],
      }),
    ]);
    expect(hits(d, "AC-NK1")).toEqual(["therapies/acme-nk"]); // an alias
    expect(hits(d, "Riyadh")).toEqual(["organizations/kfshrc"]); // a city
    expect(hits(d, "PACTR202001234567890")).toEqual(["trials/pactr1"]); // a registry id
    expect(hits(d, "GvHD")).toEqual(["therapies/acme-nk"]); // a condition
    expect(hits(d, "eased")).toEqual(["trials/pactr1"]); // a trial's result
    expect(hits(d, "Biologics")).toEqual(["organizations/acme"]);
  });

  it("matches words of up to three letters whole, longer ones also as a prefix", () => {
    const d = searchable();
    expect(hits(d, "ost")).toEqual([]);
    expect(hits(d, "oste").sort()).toEqual(["therapies/royan", "trials/irct2"]);
    expect(hits(d, "ALS").sort()).toEqual(["therapies/royan", "trials/irct1"]);
  });

  it("forgives one typo in a word of six letters or more, none in a shorter one", () => {
    const d = searchable();
    expect(hits(d, "limbel")).toContain("therapies/hacettepe-limbal");
    expect(hits(d, "rayan")).toEqual([]);
    expect(hits(d, "royan")).toContain("organizations/royan");
  });

  it("needs every word, unless that finds nothing; then any word will do", () => {
    const d = searchable();
    expect(hits(d, "royan institute")).toEqual(["organizations/royan"]);
    expect(hits(d, "royan zzzzqq").sort()).toEqual([
      "events/2015-royan-trial",
      "organizations/royan",
      "therapies/royan",
    ]);
    expect(hits(d, "zzzzqq qqqqzz")).toEqual([]);
  });

  it("keeps to one collection when asked, also when falling back to any word", () => {
    const d = searchable();
    expect(hits(d, "royan", { collection: "organizations" })).toEqual(["organizations/royan"]);
    expect(hits(d, "royan zzzzqq", { collection: "therapies" })).toEqual(["therapies/royan"]);
    expect(new Set(hits(d, "royan").map((h) => h.split("/")[0]))).toEqual(
      new Set(["therapies", "organizations", "events"]),
    );
  });
});

describe("ranking", () => {
  it("ranks a match in a name above a mention in a summary or result", () => {
    const d = searchable();
    // The trial is titled "CD19 CAR-T in B-ALL"; acme's summary only mentions CD19.
    const cd19 = hits(d, "cd19");
    expect(cd19.indexOf("trials/nct00000001")).toBeLessThan(cd19.indexOf("organizations/acme"));
    expect(cd19[0]).toBe("therapies/kfshrc-cd19"); // named and targeting CD19
    // Royan's condition "knee osteoarthritis" outweighs pactr1's result "Knee pain eased."
    const knee = hits(d, "knee");
    expect(knee.indexOf("therapies/royan")).toBeLessThan(knee.indexOf("trials/pactr1"));
  });

  it("returns hits best first, scores rounded to three decimals, cut at the limit", () => {
    const d = searchable();
    const index = buildSearchIndex(d);
    const all = runSearch(index, "royan");
    expect(all.length).toBeGreaterThan(2);
    // Scores are the summed weights over ten, to three decimals.
    for (const h of all) expect(Math.round(h.score * 1000)).toBe(h.score * 1000);
    for (const [i, h] of all.entries()) {
      expect(h.score).toBeGreaterThan(0);
      expect(h.score).toBeLessThan(1000);
      if (i > 0) expect(h.score).toBeLessThanOrEqual(all[i - 1]?.score ?? 0);
    }
    expect(runSearch(index, "royan", { limit: 2 })).toEqual(all.slice(0, 2));
    expect(runSearch(index, "royan", { limit: 1 })).toEqual(all.slice(0, 1));
  });
});

describe("the serialized index", () => {
  it("searches the same, loaded from its JSON text or from the parsed JSON", () => {
    const d = searchable();
    const built = buildSearchIndex(d);
    const json = JSON.stringify(built);
    for (const q of ["royan", "oste", "limbel", "royan zzzzqq", "cd19"]) {
      const expected = runSearch(built, q);
      expect(runSearch(loadSearchIndex(json), q), q).toEqual(expected);
      expect(runSearch(loadSearchIndex(JSON.parse(json) as object), q), q).toEqual(expected);
    }
  });

  it("is what the atlas searches when given one, as text, parsed JSON or a function, read once and only on search", () => {
    // An index of a dataset where the therapy "royan" is renamed: the atlas must use it.
    const other = structuredClone(syntheticDataset());
    const royan = other.therapies.find((t) => t.id === "royan");
    if (!royan) throw new Error("synthetic data changed");
    royan.name = "Royan cells, renamed";
    const json = JSON.stringify(buildSearchIndex(other));
    const d = syntheticDataset();
    const names = (atlas: ReturnType<typeof createAtlas>) =>
      atlas.search({ q: "royan", collection: "therapies" }).map((h) => h.name);

    expect(names(createAtlas(d))).toContain("Royan MSC");
    expect(names(createAtlas(d, json))).toContain("Royan cells, renamed");
    expect(names(createAtlas(d, loadSearchIndex(JSON.parse(json) as object)))).toContain("Royan cells, renamed");
    let reads = 0;
    const lazy = createAtlas(d, () => {
      reads++;
      return json;
    });
    expect(lazy.list("therapies", { limit: 1 }).total).toBe(5);
    expect(reads).toBe(0);
    expect(names(lazy)).toContain("Royan cells, renamed");
    expect(lazy.list("therapies", { q: "msc" }).data.map((t) => t.id)).toEqual(["royan"]);
    expect(reads).toBe(1);
  });
});
