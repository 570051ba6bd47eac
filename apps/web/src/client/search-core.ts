import { type CollectionName, createShardedSearch, type ShardedResult } from "@cell-atlas/content";

/**
 * The site's search: the content package's one search implementation, reading the index as the
 * files the build copies to /data/search/, and fetching only the shards a query needs (the
 * manifest once, then a few dictionary and postings shards, then names for the hits shown).
 */
export function createSiteSearch(base = "/data/search/", fetchFile: typeof fetch = fetch) {
  return createShardedSearch(async (path) => {
    const r = await fetchFile(`${base}${path}`);
    if (!r.ok) throw new Error(`search index ${path}: HTTP ${r.status}`);
    return r.json();
  });
}

let site: ReturnType<typeof createSiteSearch> | undefined;

export function search(q: string, collection?: CollectionName): Promise<ShardedResult> {
  site ??= createSiteSearch();
  return site(q.trim().slice(0, 200), collection ? { collection } : {});
}

/** The ids of every hit in one collection (the list pages' search box). */
export async function searchIds(q: string, collection: CollectionName): Promise<Set<string>> {
  const result = await search(q, collection);
  return new Set((await result.hits(0, result.total)).map((h) => h.id));
}
