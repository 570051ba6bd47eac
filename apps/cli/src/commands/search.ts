import { type CollectionName, QueryError } from "@cell-atlas/content";
import { atlasOf } from "../atlas.ts";
import { warn, writeJson } from "../io.ts";
import { printTable } from "../table.ts";
import { usageErrorFrom } from "./list.ts";

export function runSearch(q: string, opts: { collection?: CollectionName; limit?: string; json?: boolean }): void {
  const atlas = atlasOf();
  let hits: ReturnType<typeof atlas.search>;
  try {
    hits = atlas.search({ q, ...(opts.collection ? { collection: opts.collection } : {}), limit: opts.limit ?? 20 });
  } catch (error) {
    if (error instanceof QueryError)
      throw usageErrorFrom([error], "cell-atlas search <query...> [--collection <name>] [--limit <n>] [--json]");
    throw error;
  }
  if (opts.json) {
    writeJson({ data: hits, meta: { total: hits.length, q } });
    return;
  }
  printTable(hits, [
    { header: "collection", value: (h) => h.collection },
    { header: "id", value: (h) => h.id },
    { header: "name", wrap: true, value: (h) => h.name },
    { header: "score", value: (h) => h.score.toFixed(1) },
  ]);
  warn(hits.length === 0 ? `nothing matches "${q}"` : `${hits.length} hit(s) for "${q}"`);
}
