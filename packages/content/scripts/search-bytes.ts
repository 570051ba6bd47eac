// How many bytes a query makes the site fetch: the manifest, the dictionary and postings shards
// its words need and the doc chunks of its first page of hits, each file gzipped as a server
// would send it. `pnpm --filter @cell-atlas/content search:bytes [times]` prints it for the real
// data and for the real data cloned `times` times over (default 100); measureSearchBytes is
// exported for other benches.
import { gzipSync } from "node:zlib";
import { getDataset } from "../src/bundled.ts";
import {
  buildSearchIndex,
  createShardedSearch,
  type SearchIndex,
  searchIndexFiles,
} from "../src/query/search-index.ts";
import type { Dataset } from "../src/schema/index.ts";
import { COLLECTIONS } from "../src/schema/values.ts";

/** Queries that stress the index: very common words, a rare code, a prefix, a typo, several words, other scripts. */
export const BYTE_QUERIES = [
  "cell",
  "stem cell",
  "stem cell therapy",
  "therapy",
  "nct04326959",
  "nurown",
  "limbel",
  "CD19 CAR-T",
  "mesenchymal",
  "royan",
  "istanbul",
  "پژوهشگاه رویان",
  "مستشفى الملك فيصل",
];

export interface QueryBytes {
  q: string;
  /** Records matched (the site fetches names for the first page only). */
  total: number;
  files: number;
  gzipBytes: number;
  rawBytes: number;
}

/** The gzipped bytes each query fetches from this index, first page of `pageSize` hits included. */
export async function measureSearchBytes(
  index: SearchIndex,
  queries: readonly string[] = BYTE_QUERIES,
  pageSize = 20,
): Promise<QueryBytes[]> {
  const files = new Map(searchIndexFiles(index));
  const out: QueryBytes[] = [];
  for (const q of queries) {
    const fetched = new Set<string>();
    const search = createShardedSearch(async (path) => {
      fetched.add(path);
      const text = files.get(path);
      if (text === undefined) throw new Error(`no file ${path}`);
      return JSON.parse(text);
    });
    const result = await search(q);
    await result.hits(0, pageSize);
    let gzipBytes = 0;
    let rawBytes = 0;
    for (const path of fetched) {
      const text = files.get(path) ?? "";
      rawBytes += Buffer.byteLength(text);
      gzipBytes += gzipSync(text, { level: 9 }).length;
    }
    out.push({ q, total: result.total, files: fetched.size, gzipBytes, rawBytes });
  }
  return out;
}

/** Deterministic pseudo-random digits, so a scaled dataset is the same on every run. */
function digits(seed: number, n: number): string {
  let x = seed * 2654435761;
  let s = "";
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    s += String((x >>> 16) % 10);
  }
  return s;
}

/**
 * The dataset with every record cloned `times` times in all (the originals included), each clone
 * with a new id; a clone of a trial gets a new registry number, as a real new trial would.
 */
export function scaleDataset(dataset: Dataset, times: number): Dataset {
  const scaled = { ...dataset } as Record<string, unknown>;
  for (const c of COLLECTIONS) {
    const records = dataset[c] as unknown as { id: string; registryId?: string }[];
    const all: unknown[] = [...records];
    for (let k = 1; k < times; k++) {
      records.forEach((r, i) => {
        const id = c === "trials" ? `nct${digits(k * 100_003 + i, 8)}` : `${r.id}-x${k}`;
        all.push({ ...r, id, ...(c === "trials" ? { registryId: id.toUpperCase() } : {}) });
      });
    }
    scaled[c] = all;
  }
  return scaled as unknown as Dataset;
}

export async function report(times: number): Promise<void> {
  for (const n of [1, times]) {
    const started = performance.now();
    const index = buildSearchIndex(scaleDataset(getDataset(), n));
    const built = Math.round(performance.now() - started);
    const files = searchIndexFiles(index);
    const total = files.reduce((s, [, t]) => s + Buffer.byteLength(t), 0);
    console.log(
      `\n${n}× data: ${index.manifest.docCount} records, ${files.length} files, ${(total / 1e6).toFixed(1)} MB raw (built in ${built} ms)`,
    );
    console.log(
      "query".padEnd(28),
      "matches".padStart(8),
      "files".padStart(6),
      "KB raw".padStart(8),
      "KB gzip".padStart(8),
    );
    for (const m of await measureSearchBytes(index)) {
      console.log(
        m.q.padEnd(28),
        String(m.total).padStart(8),
        String(m.files).padStart(6),
        (m.rawBytes / 1024).toFixed(1).padStart(8),
        (m.gzipBytes / 1024).toFixed(1).padStart(8),
      );
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await report(Number(process.argv[2] ?? 100));
