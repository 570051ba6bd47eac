import { Area, COLLECTIONS, Modality } from "@cell-atlas/content";
import { type Api, createApp } from "./app.ts";

/** The answers most clients ask for first: every record, every first page, every area and modality. */
export function warmPaths(api: Api): string[] {
  const { dataset } = api.atlas;
  return [
    ...COLLECTIONS.flatMap((c) => [`/v1/${c}`, ...dataset[c].map((r) => `/v1/${c}/${encodeURIComponent(r.id)}`)]),
    ...Area.options.map((area) => `/v1/therapies?area=${area}`),
    ...Modality.options.map((modality) => `/v1/therapies?modality=${modality}`),
    "/v1/stats",
    "/v1/dataset",
    "/openapi.json",
  ];
}

/**
 * Precomputes those responses (bytes, headers, ETag) into the response cache by asking the app
 * itself, so even a first request is a cache hit. Called by the Node entry after start-up, never
 * at import; takes well under a second for hundreds of records.
 */
export async function warmCache(api: Api): Promise<number> {
  // A twin without the rate limit fills the same cache: warming must not spend a client's budget,
  // and the limiter adds nothing to the responses it lets through.
  const twin = createApp({ atlas: api.atlas, cache: api.cache, rateLimit: false });
  const paths = warmPaths(api);
  for (const path of paths) await (await twin.app.request(path)).arrayBuffer();
  return paths.length;
}

/**
 * Builds the search index, which the first search would otherwise build while every request waits
 * behind it (6 s at 100× today's records, docs/scale.md). Called at start-up, cache or no cache.
 */
export function warmSearch(api: Api): void {
  api.atlas.search({ q: "cell" });
}
