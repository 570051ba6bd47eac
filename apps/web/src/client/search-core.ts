import { type CollectionName, loadSearchIndex, runSearch, type SearchHit } from "@cell-atlas/content";

// The same index and the same search function the API and CLI use, loaded once per page.
let index: Promise<ReturnType<typeof loadSearchIndex>> | undefined;

export function loadIndex(): Promise<ReturnType<typeof loadSearchIndex>> {
  index ??= fetch("/data/search-index.json")
    .then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return r.text();
    })
    .then((text) => loadSearchIndex(text));
  return index;
}

export async function search(q: string, collection?: CollectionName): Promise<SearchHit[]> {
  const trimmed = q.trim();
  if (!trimmed) return [];
  return runSearch(await loadIndex(), trimmed.slice(0, 200), collection ? { collection } : {});
}
