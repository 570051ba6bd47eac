// Builds the search index from a dataset: what each record contributes, each (word, record)
// weight computed once here (BM25+ per field, with boosts), and the shards a query fetches.
import type { CollectionName, Dataset } from "../../schema/index.ts";
import { COLLECTIONS } from "../../schema/values.ts";
import type { DictEntry, DocChunk, PostingsShard, SearchIndex } from "./format.ts";
import { indexTerms } from "./normalize.ts";

/** One searchable document per record, across all collections. */
export interface SearchDocument {
  key: string;
  collection: CollectionName;
  id: string;
  name: string;
  /** The record's names in other languages and scripts (names.fa.name …), space-separated. */
  names: string;
  aliases: string;
  conditions: string;
  summary: string;
}

type Field = "name" | "names" | "aliases" | "conditions" | "summary";
/** A word in a name or alias counts four times one in a summary; a condition twice. */
export const FIELD_BOOSTS: Record<Field, number> = { name: 4, names: 4, aliases: 4, conditions: 2, summary: 1 };
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];

export interface SearchIndexOptions {
  /** A word in more records than this keeps only this many, the best-weighted (default 1000). */
  cut?: number;
  /** A dictionary shard holding more words than this is split by one more letter (default 1500). */
  dictShardWords?: number;
  /** Postings shards are filled up to about this many characters of JSON (default 12,000). */
  postingsShardChars?: number;
  /** Records per doc chunk (default 16). */
  docChunkSize?: number;
}

const localNames = (r: { names?: Partial<Record<string, { name: string }>> }) =>
  Object.values(r.names ?? {})
    .map((n) => n?.name ?? "")
    .join(" ");

export function toSearchDocuments(dataset: Dataset): SearchDocument[] {
  const docs: SearchDocument[] = [];
  const push = (collection: CollectionName, id: string, d: Omit<SearchDocument, "key" | "collection" | "id">) =>
    docs.push({ key: `${collection}/${id}`, collection, id, ...d });
  for (const t of dataset.therapies) {
    push("therapies", t.id, {
      name: t.name,
      names: localNames(t),
      aliases: [...t.aliases, ...t.targets, t.modality].join(" "),
      conditions: t.indications.map((i) => i.condition).join(" "),
      summary: t.summary,
    });
  }
  for (const o of dataset.organizations) {
    push("organizations", o.id, {
      name: o.name,
      names: localNames(o),
      aliases: [...o.aliases, o.city ?? ""].join(" "),
      conditions: "",
      summary: o.summary,
    });
  }
  for (const c of dataset.countries) {
    push("countries", c.id, { name: c.name, names: localNames(c), aliases: c.id, conditions: "", summary: c.summary });
  }
  for (const t of dataset.trials) {
    push("trials", t.id, {
      name: t.title,
      names: "",
      aliases: [t.id, t.registryId ?? ""].join(" "),
      conditions: t.conditions.join(" "),
      summary: t.result ?? "",
    });
  }
  for (const e of dataset.events) {
    push("events", e.id, { name: e.title, names: "", aliases: "", conditions: "", summary: e.summary });
  }
  return docs;
}

// BM25+ constants, as MiniSearch (which this index replaced) used them.
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;

/** Each record's weight for each of its words: Σ over fields of boost × BM25+(tf, length) × idf, ×10 and rounded. */
function weigh(docs: SearchDocument[]): Map<string, Map<number, number>> {
  const fieldTerms = docs.map((doc) =>
    FIELDS.map((f) => indexTerms(doc[f], f === "names" || f === "name" || f === "aliases")),
  );
  const avgLength = FIELDS.map((_, i) => fieldTerms.reduce((s, ft) => s + (ft[i]?.length ?? 0), 0) / docs.length || 1);
  const raw = new Map<string, Map<number, number>>();
  fieldTerms.forEach((fields, doc) => {
    fields.forEach((terms, i) => {
      const counts = new Map<string, number>();
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      const norm = K1 * (1 - B + (B * terms.length) / (avgLength[i] ?? 1));
      const boost = FIELD_BOOSTS[FIELDS[i] as Field];
      for (const [t, tf] of counts) {
        const perDoc = raw.get(t) ?? new Map<number, number>();
        raw.set(t, perDoc);
        perDoc.set(doc, (perDoc.get(doc) ?? 0) + boost * (DELTA + (tf * (K1 + 1)) / (tf + norm)));
      }
    });
  });
  for (const perDoc of raw.values()) {
    const idf = Math.log(1 + (docs.length - perDoc.size + 0.5) / (perDoc.size + 0.5));
    for (const [doc, w] of perDoc) perDoc.set(doc, Math.max(1, Math.round(w * idf * 10)));
  }
  return raw;
}

/** Groups words into dictionary shards by their first two letters, splitting crowded groups by one more. */
function dictShards(terms: string[], maxWords: number): Map<string, string[]> {
  const shards = new Map<string, string[]>();
  const place = (group: string[], key: string, keyLength: number) => {
    if (group.length <= maxWords || keyLength >= 12) {
      shards.set(key, group);
      return;
    }
    const exact = group.filter((t) => t === key);
    if (exact.length > 0) shards.set(key, exact);
    const next = new Map<string, string[]>();
    for (const t of group) {
      if (t === key) continue;
      const k = [...t].slice(0, keyLength + 1).join("");
      next.set(k, [...(next.get(k) ?? []), t]);
    }
    for (const [k, g] of next) place(g, k, keyLength + 1);
  };
  const top = new Map<string, string[]>();
  for (const t of terms) {
    const k = [...t].slice(0, 2).join("");
    const g = top.get(k) ?? [];
    top.set(k, g);
    g.push(t);
  }
  for (const [k, g] of top) place(g, k, [...k].length);
  return new Map([...shards].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function buildSearchIndex(dataset: Dataset, options: SearchIndexOptions = {}): SearchIndex {
  const cut = options.cut ?? 1000;
  const docChunkSize = options.docChunkSize ?? 16;
  const docs = toSearchDocuments(dataset);
  const weights = weigh(docs);
  const terms = [...weights.keys()].sort();

  // Postings in word order, so a prefix's words sit in one shard or a few neighbouring ones.
  const postings: PostingsShard[] = [];
  const where = new Map<string, { shard: number; records: number; cut: 0 | 1 }>();
  let current: PostingsShard = {};
  let chars = 0;
  for (const term of terms) {
    const perDoc = [...(weights.get(term) ?? new Map<number, number>())];
    let kept = perDoc;
    if (perDoc.length > cut) kept = [...perDoc].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, cut);
    kept.sort((a, b) => a[0] - b[0]);
    const list: number[] = [];
    let previous = 0;
    for (const [doc, w] of kept) {
      list.push(doc - previous, w);
      previous = doc;
    }
    const size = JSON.stringify(list).length + term.length + 4;
    if (chars > 0 && chars + size > (options.postingsShardChars ?? 12_000)) {
      postings.push(current);
      current = {};
      chars = 0;
    }
    current[term] = list;
    chars += size;
    where.set(term, { shard: postings.length, records: perDoc.length, cut: perDoc.length > cut ? 1 : 0 });
  }
  if (chars > 0) postings.push(current);

  const shards = dictShards(terms, options.dictShardWords ?? 1500);
  const dict = [...shards.values()].map((group) =>
    group.map((t): DictEntry => {
      const w = where.get(t) ?? { shard: 0, records: 0, cut: 0 };
      return [t, w.shard, w.records, w.cut];
    }),
  );

  const chunks: DocChunk[] = [];
  for (let i = 0; i < docs.length; i += docChunkSize)
    chunks.push(docs.slice(i, i + docChunkSize).map((d) => [d.id, d.name]));

  const collections: [CollectionName, number][] = [];
  for (const c of COLLECTIONS) collections.push([c, docs.findIndex((d) => d.collection === c)]);
  // An empty collection starts where the next one does (or at the end).
  for (let i = collections.length - 1; i >= 0; i--) {
    const entry = collections[i] as [CollectionName, number];
    if (entry[1] < 0) entry[1] = collections[i + 1]?.[1] ?? docs.length;
  }

  return {
    manifest: { format: 2, collections, docCount: docs.length, docChunkSize, cut, dictKeys: [...shards.keys()] },
    dict,
    postings,
    docs: chunks,
  };
}
