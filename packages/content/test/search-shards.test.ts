// The sharded index: the site's search (files fetched one by one) gives the API's hits in the
// API's order; a query fetches only the files it needs; local names in other scripts are found
// however they are typed; the limits on typos and on very common words; the bytes per query at
// 100 times the real data.
import { describe, expect, it } from "vitest";
import { measureSearchBytes, scaleDataset } from "../scripts/search-bytes.ts";
import { getDataset } from "../src/bundled.ts";
import { createAtlas } from "../src/query/atlas.ts";
import {
  buildSearchIndex,
  createShardedSearch,
  runSearch,
  type SearchIndex,
  type SearchIndexOptions,
  searchIndexFiles,
} from "../src/query/search-index.ts";
import type { CollectionName, Dataset } from "../src/schema/index.ts";
import { syntheticDataset } from "./synthetic.ts";

const src = { url: "https://example.com/a", title: "t", publisher: "p", accessed: "2026-11-30", kind: "news" };

/** Synthetic data where some records carry names in Persian, Arabic and Turkish. */
function named(): Dataset {
  const d = structuredClone(syntheticDataset());
  const set = <T extends { id: string }>(list: T[], id: string, names: Record<string, string>) => {
    const r = list.find((x) => x.id === id);
    if (!r) throw new Error(`${id} is not in the synthetic data`);
    Object.assign(r, {
      names: Object.fromEntries(Object.entries(names).map(([k, name]) => [k, { name, sources: [src] }])),
    });
  };
  set(d.organizations, "royan", { fa: "پژوهشگاه رویان" });
  set(d.organizations, "kfshrc", { ar: "مستشفى الملك فيصل التخصصي" });
  set(d.organizations, "hacettepe", { tr: "Hacettepe Üniversitesi" });
  set(d.countries, "tr", { tr: "Türkiye", ar: "تركيا" });
  set(d.countries, "ir", { fa: "ایران" });
  set(d.therapies, "royan", { fa: "سلول\u200cهای بنیادی رویان" });
  return d;
}

/** The sharded search over an index's files, recording which files it fetched. */
function sharded(index: SearchIndex) {
  const files = new Map(searchIndexFiles(index));
  const fetched: string[] = [];
  const search = createShardedSearch(async (path) => {
    fetched.push(path);
    const text = files.get(path);
    if (text === undefined) throw new Error(`no file ${path}`);
    return JSON.parse(text) as unknown;
  });
  return { search, fetched, files };
}

const keys = (hits: { collection: string; id: string }[]) => hits.map((h) => `${h.collection}/${h.id}`);
// Small shards, so the synthetic data spreads over many files and a split dictionary group.
const tiny: SearchIndexOptions = { dictShardWords: 3, postingsShardChars: 120, docChunkSize: 2 };

const QUERIES = [
  "royan",
  "Royan institute",
  "oste",
  "limbel",
  "cd19",
  "knee",
  "s",
  "royan zzzzqq",
  "AC-NK1",
  "پژوهشگاه رویان",
  "پژوهشگاه",
  "مستشفى الملك",
  "مستشفي الملک",
  "ISTANBUL",
  "HACETTEPE ÜNİVERSİTESİ",
  "hacettepe universitesi",
  "ایران",
  "تركيا",
];

describe("the sharded search", () => {
  it.each([{}, tiny])(
    "gives the in-memory search's hits, in its order, for every query and collection (%o)",
    async (options) => {
      const index = buildSearchIndex(named(), options);
      const { search } = sharded(index);
      for (const q of QUERIES) {
        for (const collection of [undefined, "organizations", "countries"] as (CollectionName | undefined)[]) {
          const expected = runSearch(index, q, { collection });
          const result = await search(q, { collection });
          expect(result.total, q).toBe(expected.length);
          expect(await result.hits(0, result.total), `${q} in ${collection}`).toEqual(expected);
          expect(await result.hits(1, 3), q).toEqual(expected.slice(1, 3));
        }
      }
    },
  );

  it("fetches the manifest, then only the shards a query's words need and the doc chunks of the page asked for", async () => {
    const index = buildSearchIndex(named(), tiny);
    expect(index.dict.length).toBeGreaterThan(10);
    expect(index.postings.length).toBeGreaterThan(10);
    const { search, fetched } = sharded(index);
    const result = await search("royan");
    expect(fetched[0]).toBe("manifest.json");
    expect(fetched.filter((p) => p.startsWith("dict/")).length).toBeLessThanOrEqual(2);
    expect(fetched.filter((p) => p.startsWith("postings/")).length).toBeLessThanOrEqual(2);
    expect(fetched.some((p) => p.startsWith("docs/"))).toBe(false);
    await result.hits(0, 1);
    expect(fetched.filter((p) => p.startsWith("docs/"))).toHaveLength(1);
    // A second query reuses the manifest.
    await search("knee");
    expect(fetched.filter((p) => p === "manifest.json")).toHaveLength(1);
  });

  it("splits a crowded first-two-letter group and still finds its words, whole and as prefixes", () => {
    const index = buildSearchIndex(named(), tiny);
    expect(index.manifest.dictKeys.some((k) => [...k].length > 2)).toBe(true);
    for (const q of ["royan", "nct00000001", "osteo", "gvhd", "hacettepe"])
      expect(runSearch(index, q).length, q).toBeGreaterThan(0);
    expect(keys(runSearch(index, "nct00000001"))).toEqual(keys(runSearch(buildSearchIndex(named()), "nct00000001")));
  });
});

describe("names in other languages and scripts", () => {
  const index = buildSearchIndex(named());
  const find = (q: string) => keys(runSearch(index, q));

  it("finds a record by its Persian name, its parts, and with Arabic letters typed for Persian ones", () => {
    expect(find("پژوهشگاه رویان")).toEqual(["organizations/royan"]);
    // The Persian-named therapy has رویان in its name too.
    expect(find("رویان").sort()).toEqual(["organizations/royan", "therapies/royan"]);
    expect(find("رويان").sort()).toEqual(["organizations/royan", "therapies/royan"]); // Arabic yeh
    expect(find("ایران")).toContain("countries/ir");
  });

  it("finds a record by its Arabic name with or without hamza, yeh and kaf variants, harakat and tatweel", () => {
    expect(find("مستشفى الملك فيصل")).toEqual(["organizations/kfshrc"]);
    expect(find("مستشفي الملک فیصل")).toEqual(["organizations/kfshrc"]);
    expect(find("مُسْتَشْفَى الْمَلِك")).toEqual(["organizations/kfshrc"]);
    expect(find("مستشفـــى")).toEqual(["organizations/kfshrc"]);
    expect(find("ترکیا")).toEqual(["countries/tr"]);
  });

  it("finds a record by its Turkish name with dotted and dotless i in any case, with or without accents", () => {
    for (const q of [
      "Hacettepe Üniversitesi",
      "HACETTEPE ÜNİVERSİTESİ",
      "hacettepe universitesi",
      "HACETTEPE UNIVERSITESI",
    ])
      expect(find(q), q).toContain("organizations/hacettepe");
    expect(find("TÜRKİYE")).toContain("countries/tr");
    expect(find("turkiye")).toContain("countries/tr");
  });

  it("finds a name written with ZWNJ by the word with ZWNJ, without it, or with a space", () => {
    for (const q of ["سلول\u200cهای", "سلولهای", "سلول های"]) expect(find(q), q).toEqual(["therapies/royan"]);
  });

  it("ranks a match in a local name like one in the English name", () => {
    const hit = runSearch(index, "رویان")[0];
    const english = runSearch(index, "royan", { collection: "organizations" })[0];
    expect(hit?.score).toBeGreaterThan(0);
    expect(hit?.collection).toBe("organizations");
    expect(english?.id).toBe("royan");
  });
});

describe("limits that keep a query's download small", () => {
  it("forgives a typo only after the first two letters, and never in a word with digits", () => {
    const index = buildSearchIndex(named());
    expect(keys(runSearch(index, "limbel"))).toContain("therapies/hacettepe-limbal");
    expect(keys(runSearch(index, "kimbal"))).toEqual([]);
    expect(keys(runSearch(index, "nct00000001"))).toEqual(["trials/nct00000001"]);
    expect(keys(runSearch(index, "nct00000007"))).toEqual([]);
  });

  it("lets a word in more records than the cut only rank: it keeps its best-weighted records and excludes none", () => {
    const d = named();
    const full = buildSearchIndex(d);
    const cut = buildSearchIndex(d, { cut: 3 });
    // "s" (every synthetic summary) is in more than 3 records: only its best 3 are listed; "royan" is in 3.
    expect(runSearch(full, "s").length).toBeGreaterThan(3);
    expect(runSearch(cut, "s")).toHaveLength(3);
    expect(keys(runSearch(cut, "s"))).toEqual(keys(runSearch(full, "s")).slice(0, 3));
    // With a word that is not cut, the cut word no longer excludes records: royan's records
    // all come back, ranked with the help of "s" where it is listed.
    const royan = keys(runSearch(cut, "royan")).sort();
    expect(keys(runSearch(cut, "royan s")).sort()).toEqual(royan);
    expect(keys(runSearch(full, "royan s")).sort()).toEqual(
      royan.filter((k) => keys(runSearch(full, "s")).includes(k)),
    );
    // The atlas (the API's q) applies the same cut.
    expect(createAtlas(d, cut).search({ q: "s" })).toHaveLength(3);
  });

  it("keeps at most 20 index words per query word, the shortest prefixes first", () => {
    const d = named();
    const royan = d.therapies.find((t) => t.id === "royan");
    if (!royan) throw new Error("synthetic data changed");
    royan.summary = Array.from({ length: 30 }, (_, i) => `zeta${String(i).padStart(2, "0")}x`).join(" ");
    const index = buildSearchIndex(d);
    const terms = runSearch(index, "zeta")[0]?.terms ?? [];
    expect(terms).toHaveLength(20);
    expect(terms).toEqual(Array.from({ length: 20 }, (_, i) => `zeta${String(i).padStart(2, "0")}x`));
  });
});

describe("bytes per query", () => {
  it("stays within 50 KB gzipped per query at 100 times the real data, common words included", async () => {
    const index = buildSearchIndex(scaleDataset(getDataset(), 100));
    expect(index.manifest.docCount).toBe(Object.values(getDataset().meta.counts).reduce((a, b) => a + b, 0) * 100);
    const measured = await measureSearchBytes(index, ["cell", "stem cell therapy", "nct04326959", "mesenchymal"]);
    for (const m of measured) expect(m.gzipBytes, m.q).toBeLessThan(50 * 1024);
    // The common word really is common at this size, and its list was cut.
    expect(measured[0]?.total).toBeGreaterThan(1000);
    expect(measured[2]?.total).toBe(1);
  }, 60_000);
});
