// The search index as the build writes it: a small manifest, and shards that a query fetches
// only as it needs them (see README "Search"). The API and the CLI hold the whole object in
// memory; the site fetches the same pieces as separate files. Either way the same code reads it.
import type { CollectionName } from "../../schema/index.ts";

/** A dictionary entry: the word, the postings shard holding its records, how many records have it, and 1 if its list was cut. */
export type DictEntry = [term: string, postingsShard: number, records: number, cut: 0 | 1];

/** Per word: record numbers (each stored as the gap from the previous one) and weights, interleaved. */
export type PostingsShard = Record<string, number[]>;

/** Per record: its id and display name. */
export type DocChunk = [id: string, name: string][];

export interface SearchManifest {
  format: 2;
  /** Each collection and its first record number; records are numbered collection by collection. */
  collections: [CollectionName, number][];
  docCount: number;
  /** Records per doc chunk: record n is in chunk floor(n / docChunkSize). */
  docChunkSize: number;
  /** A word in more records than this keeps only its this many best-weighted records. */
  cut: number;
  /** The dictionary shards' keys, sorted: a word is in the shard of the longest key it starts with. */
  dictKeys: string[];
}

export interface SearchIndex {
  manifest: SearchManifest;
  dict: DictEntry[][];
  postings: PostingsShard[];
  docs: DocChunk[];
}

/** The files the site serves under /data/search/, by path. */
export const searchFilePaths = {
  manifest: "manifest.json",
  dict: (n: number) => `dict/${n}.json`,
  postings: (n: number) => `postings/${n}.json`,
  docs: (n: number) => `docs/${n}.json`,
};

/** The index as files: [path, JSON text]. */
export function searchIndexFiles(index: SearchIndex): [string, string][] {
  return [
    [searchFilePaths.manifest, JSON.stringify(index.manifest)],
    ...index.dict.map((d, n): [string, string] => [searchFilePaths.dict(n), JSON.stringify(d)]),
    ...index.postings.map((p, n): [string, string] => [searchFilePaths.postings(n), JSON.stringify(p)]),
    ...index.docs.map((d, n): [string, string] => [searchFilePaths.docs(n), JSON.stringify(d)]),
  ];
}
