// How a query runs over the index, in steps that each say which shards they need next, so the
// API and CLI (index in memory) and the site (index fetched shard by shard) run the same code
// and get the same hits in the same order.
//
// A query's words (at most MAX_WORDS) each match, in the index:
// - the same word;
// - longer than 3 letters: words it begins (a prefix), weighted 0.375 × q/(q + 0.3 × extra letters);
// - longer than 5 letters, letters only: words within round(0.2 × length) edits that begin with
//   the same two letters (a typo in the first two letters, or in a code such as an NCT number,
//   is not forgiven), weighted 0.45 × q/(q + edits). When a crowded first-two-letter group is
//   split over more than MAX_FUZZY_SHARDS shards, only the query word's own shard is searched.
// - at most MAX_EXPANSIONS index words per query word: the word itself, then prefixes shortest
//   first, then typos closest first.
// A record must match every query word (AND), and a record matching only some of them is
// returned only when no record matches all. A word too common to list all its records (in more
// than `cut` records; the index keeps only its best-weighted ones) only ranks: it does not
// exclude records, unless every query word is that common. Hits rank by the sum of the
// precomputed weights, then by record number (collection order, then the dataset's order).
import { distance } from "fastest-levenshtein";
import type { CollectionName } from "../../schema/index.ts";
import {
  type DictEntry,
  type DocChunk,
  type PostingsShard,
  type SearchIndex,
  type SearchManifest,
  searchFilePaths,
} from "./format.ts";
import { queryTerms } from "./normalize.ts";

export const MAX_WORDS = 12;
export const MAX_EXPANSIONS = 20;
export const MAX_FUZZY_SHARDS = 3;

export interface SearchHit {
  collection: CollectionName;
  id: string;
  name: string;
  score: number;
  /** The index words the record matched. */
  terms: string[];
}

export interface SearchOptions {
  collection?: CollectionName | undefined;
  limit?: number | undefined;
}

interface Expansion {
  term: string;
  factor: number;
  shard: number;
  cut: boolean;
}
interface WordPlan {
  word: string;
  dictShards: number[];
  expansions: Expansion[];
}
/** A matched record: its number, score and matched words, best first. */
export interface Ranked {
  doc: number;
  score: number;
  terms: string[];
}

const prefixOf = (word: string, n: number) => [...word].slice(0, n).join("");
const fuzzyDistance = (word: string) => (word.length > 5 && !/\d/.test(word) ? Math.round(word.length * 0.2) : 0);

/** The dictionary shard a word belongs in: the one with the longest key the word starts with (-1: none). */
function ownShard(keys: string[], word: string): number {
  let own = -1;
  keys.forEach((k, i) => {
    if (word.startsWith(k) && (own < 0 || k.length > (keys[own] ?? "").length)) own = i;
  });
  return own;
}

/** The dictionary shards that may hold words starting with `prefix`. */
function shardsUnder(keys: string[], prefix: string): number[] {
  const own = ownShard(keys, prefix);
  const under = keys.flatMap((k, i) => (k.startsWith(prefix) && i !== own ? [i] : []));
  return own >= 0 ? [own, ...under] : under;
}

/** Step 1: the query's words and the dictionary shards each needs. */
export function planWords(manifest: SearchManifest, q: string): WordPlan[] {
  return queryTerms(q)
    .slice(0, MAX_WORDS)
    .map((word) => {
      const shards = new Set<number>();
      const own = ownShard(manifest.dictKeys, word);
      if (own >= 0) shards.add(own);
      if (word.length > 3) for (const s of shardsUnder(manifest.dictKeys, word)) shards.add(s);
      if (fuzzyDistance(word) > 0) {
        const group = shardsUnder(manifest.dictKeys, prefixOf(word, 2));
        if (group.length <= MAX_FUZZY_SHARDS) for (const s of group) shards.add(s);
      }
      return { word, dictShards: [...shards].sort((a, b) => a - b), expansions: [] };
    });
}

/** Step 2: each word's matching index words, from its dictionary shards. */
export function expandWords(plans: WordPlan[], dict: (n: number) => DictEntry[]): WordPlan[] {
  return plans.map((plan) => {
    const { word } = plan;
    const maxEdits = fuzzyDistance(word);
    const head = prefixOf(word, 2);
    const exact: Expansion[] = [];
    const prefixes: [number, Expansion][] = [];
    const typos: [number, Expansion][] = [];
    for (const n of plan.dictShards) {
      for (const [term, shard, , cut] of dict(n)) {
        const e = { term, shard, cut: cut === 1, factor: 1 };
        if (term === word) exact.push(e);
        else if (word.length > 3 && term.startsWith(word)) {
          const extra = term.length - word.length;
          prefixes.push([extra, { ...e, factor: (0.375 * word.length) / (word.length + 0.3 * extra) }]);
        } else if (maxEdits > 0 && term.startsWith(head) && Math.abs(term.length - word.length) <= maxEdits) {
          const edits = distance(term, word);
          if (edits <= maxEdits) typos.push([edits, { ...e, factor: (0.45 * word.length) / (word.length + edits) }]);
        }
      }
    }
    const byCloseness = (a: [number, Expansion], b: [number, Expansion]) =>
      a[0] - b[0] || (a[1].term < b[1].term ? -1 : a[1].term > b[1].term ? 1 : 0);
    const expansions = [
      ...exact,
      ...prefixes.sort(byCloseness).map(([, e]) => e),
      ...typos.sort(byCloseness).map(([, e]) => e),
    ].slice(0, MAX_EXPANSIONS);
    return { ...plan, expansions };
  });
}

/** The postings shards the expanded words need. */
export function postingsShardsFor(plans: WordPlan[]): number[] {
  return [...new Set(plans.flatMap((p) => p.expansions.map((e) => e.shard)))].sort((a, b) => a - b);
}

/** Step 3: every matching record, best first. */
export function rankRecords(
  manifest: SearchManifest,
  plans: WordPlan[],
  postings: (n: number) => PostingsShard,
  collection?: CollectionName,
): Ranked[] {
  if (plans.length === 0) return [];
  const at = manifest.collections.findIndex(([c]) => c === collection);
  const from = collection ? (manifest.collections[at]?.[1] ?? 0) : 0;
  const to = collection ? (manifest.collections[at + 1]?.[1] ?? manifest.docCount) : manifest.docCount;

  const perWord = plans.map((plan) => {
    const scores = new Map<number, { score: number; terms: string[] }>();
    for (const e of plan.expansions) {
      const list = postings(e.shard)[e.term] ?? [];
      let doc = 0;
      for (let i = 0; i < list.length; i += 2) {
        doc += list[i] ?? 0;
        if (doc < from || doc >= to) continue;
        const hit = scores.get(doc);
        const add = e.factor * (list[i + 1] ?? 0);
        if (hit) {
          hit.score += add;
          hit.terms.push(e.term);
        } else scores.set(doc, { score: add, terms: [e.term] });
      }
    }
    return { scores, complete: plan.expansions.every((e) => !e.cut) };
  });

  const complete = perWord.filter((w) => w.complete);
  const required = complete.length > 0 ? complete : perWord;
  const [smallest, ...others] = [...required].sort((a, b) => a.scores.size - b.scores.size);
  let docs = [...(smallest?.scores.keys() ?? [])].filter((d) => others.every((w) => w.scores.has(d)));
  if (docs.length === 0 && perWord.length > 1) docs = [...new Set(perWord.flatMap((w) => [...w.scores.keys()]))];

  const ranked = docs.map((doc): Ranked => {
    let score = 0;
    const terms: string[] = [];
    for (const w of perWord) {
      const hit = w.scores.get(doc);
      if (!hit) continue;
      score += hit.score;
      for (const t of hit.terms) if (!terms.includes(t)) terms.push(t);
    }
    return { doc, score, terms };
  });
  return ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
}

/** The doc chunks these ranked records' ids and names are in. */
export function docChunksFor(manifest: SearchManifest, ranked: Ranked[]): number[] {
  return [...new Set(ranked.map((r) => Math.floor(r.doc / manifest.docChunkSize)))].sort((a, b) => a - b);
}

/** Step 4: hits for ranked records, from their doc chunks. */
export function toHits(manifest: SearchManifest, ranked: Ranked[], docs: (n: number) => DocChunk): SearchHit[] {
  return ranked.map((r) => {
    const [id, name] = docs(Math.floor(r.doc / manifest.docChunkSize))[r.doc % manifest.docChunkSize] ?? ["", ""];
    let collection = manifest.collections[0]?.[0] as CollectionName;
    for (const [c, start] of manifest.collections) if (r.doc >= start) collection = c;
    return { collection, id, name, score: Math.round(r.score * 100) / 1000, terms: r.terms };
  });
}

/** Search an index held in memory (the API, the CLI, getAtlas). */
export function runSearch(index: SearchIndex, q: string, options: SearchOptions = {}): SearchHit[] {
  const none = () => [] as never;
  const plans = expandWords(planWords(index.manifest, q), (n) => index.dict[n] ?? none());
  const ranked = rankRecords(index.manifest, plans, (n) => index.postings[n] ?? {}, options.collection);
  return toHits(index.manifest, ranked.slice(0, options.limit ?? ranked.length), (n) => index.docs[n] ?? none());
}

/** A search over index files fetched as needed: every match ranked, and hits fetched a page at a time. */
export interface ShardedResult {
  total: number;
  hits(from: number, to: number): Promise<SearchHit[]>;
}

/**
 * The same search over the index as files (the site's /data/search/…): `load` fetches one file
 * by its path under that folder and returns its parsed JSON. It fetches the manifest once, then
 * for a query only the dictionary and postings shards its words need, and for a page of hits
 * only the doc chunks that page's records are in.
 */
export function createShardedSearch(load: (path: string) => Promise<unknown>) {
  const cache = new Map<string, Promise<unknown>>();
  const get = <T>(path: string) => {
    let p = cache.get(path);
    if (!p) {
      p = load(path);
      p.catch(() => cache.delete(path));
      cache.set(path, p);
    }
    return p as Promise<T>;
  };
  const all = async <T>(paths: string[]) => {
    const values = await Promise.all(paths.map((p) => get<T>(p)));
    return new Map(paths.map((p, i) => [p, values[i] as T]));
  };

  return async (q: string, options: Pick<SearchOptions, "collection"> = {}): Promise<ShardedResult> => {
    const manifest = await get<SearchManifest>(searchFilePaths.manifest);
    let plans = planWords(manifest, q);
    const dict = await all<DictEntry[]>([...new Set(plans.flatMap((p) => p.dictShards))].map(searchFilePaths.dict));
    plans = expandWords(plans, (n) => dict.get(searchFilePaths.dict(n)) ?? []);
    const postings = await all<PostingsShard>(postingsShardsFor(plans).map(searchFilePaths.postings));
    const ranked = rankRecords(
      manifest,
      plans,
      (n) => postings.get(searchFilePaths.postings(n)) ?? {},
      options.collection,
    );
    return {
      total: ranked.length,
      hits: async (from, to) => {
        const page = ranked.slice(from, to);
        const docs = await all<DocChunk>(docChunksFor(manifest, page).map(searchFilePaths.docs));
        return toHits(manifest, page, (n) => docs.get(searchFilePaths.docs(n)) ?? []);
      },
    };
  };
}
