import MiniSearch, { type Options, type SearchResult } from "minisearch";
import type { CollectionName, Dataset } from "../schema/index.ts";

/** One searchable document per record, across all collections. */
export interface SearchDocument {
  key: string;
  collection: CollectionName;
  id: string;
  name: string;
  aliases: string;
  conditions: string;
  summary: string;
}

/** Build and load must use the same options, so they live here, once. */
export const searchOptions: Options<SearchDocument> = {
  idField: "key",
  fields: ["name", "aliases", "conditions", "summary"],
  storeFields: ["collection", "id", "name"],
  searchOptions: {
    boost: { name: 4, aliases: 4, conditions: 2 },
    // Short queries like "ALS" or "CD19" must match exactly; longer words may be prefixes or typos.
    prefix: (term) => term.length > 3,
    fuzzy: (term) => (term.length > 5 ? 0.2 : false),
    combineWith: "AND",
  },
};

export function toSearchDocuments(dataset: Dataset): SearchDocument[] {
  const docs: SearchDocument[] = [];
  const push = (collection: CollectionName, id: string, d: Omit<SearchDocument, "key" | "collection" | "id">) =>
    docs.push({ key: `${collection}/${id}`, collection, id, ...d });
  for (const t of dataset.therapies) {
    push("therapies", t.id, {
      name: t.name,
      aliases: [...t.aliases, ...t.targets, t.modality].join(" "),
      conditions: t.indications.map((i) => i.condition).join(" "),
      summary: t.summary,
    });
  }
  for (const o of dataset.organizations) {
    push("organizations", o.id, {
      name: o.name,
      aliases: [...o.aliases, o.city ?? ""].join(" "),
      conditions: "",
      summary: o.summary,
    });
  }
  for (const c of dataset.countries) {
    push("countries", c.id, { name: c.name, aliases: c.id, conditions: "", summary: c.summary });
  }
  for (const t of dataset.trials) {
    push("trials", t.id, {
      name: t.title,
      aliases: [t.id, t.registryId ?? ""].join(" "),
      conditions: t.conditions.join(" "),
      summary: t.result ?? "",
    });
  }
  for (const e of dataset.events) {
    push("events", e.id, { name: e.title, aliases: "", conditions: "", summary: e.summary });
  }
  return docs;
}

export function buildSearchIndex(dataset: Dataset): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(searchOptions);
  index.addAll(toSearchDocuments(dataset));
  return index;
}

/** Loads an index serialised by buildSearchIndex (the JSON in dist/search-index.json). */
export function loadSearchIndex(json: string | object): MiniSearch<SearchDocument> {
  const text = typeof json === "string" ? json : JSON.stringify(json);
  return MiniSearch.loadJSON<SearchDocument>(text, searchOptions);
}

export interface SearchHit {
  collection: CollectionName;
  id: string;
  name: string;
  score: number;
  terms: string[];
}

export function runSearch(
  index: MiniSearch<SearchDocument>,
  q: string,
  options: { collection?: CollectionName | undefined; limit?: number } = {},
): SearchHit[] {
  const filter = options.collection ? (r: SearchResult) => r.collection === options.collection : undefined;
  let results = index.search(q, filter ? { filter } : {});
  // A query with a word that matches nothing still deserves the records matching the other words.
  if (results.length === 0) results = index.search(q, { combineWith: "OR", ...(filter ? { filter } : {}) });
  return results.slice(0, options.limit ?? results.length).map((r) => ({
    collection: r.collection as CollectionName,
    id: r.id as string,
    name: r.name as string,
    score: Math.round(r.score * 1000) / 1000,
    terms: r.terms,
  }));
}
