// Full-text search: one implementation for the API's `q` and /v1/search, the CLI's `search` and
// the site's search page. See search/engine.ts for how a query matches and ranks, and
// search/normalize.ts for how Arabic, Persian and Turkish text is folded.
import type { SearchIndex } from "./search/format.ts";

export {
  buildSearchIndex,
  FIELD_BOOSTS,
  type SearchDocument,
  type SearchIndexOptions,
  toSearchDocuments,
} from "./search/build.ts";
export {
  createShardedSearch,
  MAX_EXPANSIONS,
  MAX_WORDS,
  runSearch,
  type SearchHit,
  type SearchOptions,
  type ShardedResult,
} from "./search/engine.ts";
export {
  type DictEntry,
  type DocChunk,
  type PostingsShard,
  type SearchIndex,
  type SearchManifest,
  searchFilePaths,
  searchIndexFiles,
} from "./search/format.ts";
export { indexTerms, normalizeText, queryTerms } from "./search/normalize.ts";

/** The index buildSearchIndex made, from its JSON text (dist/search-index.json) or the parsed JSON. */
export function loadSearchIndex(json: string | object): SearchIndex {
  const index = (typeof json === "string" ? JSON.parse(json) : json) as SearchIndex;
  if (index?.manifest?.format !== 2)
    throw new Error(
      "this search index is not in format 2 (the sharded index of @cell-atlas/content 2.x); rebuild it with buildSearchIndex",
    );
  return index;
}
