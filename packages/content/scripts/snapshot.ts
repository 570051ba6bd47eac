import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Records } from "../src/release/diff.ts";
import { COLLECTIONS, type CollectionName, type Dataset } from "../src/schema/index.ts";

/**
 * The records of the last release, one per line (collection, record) in collection and id order,
 * so a release's change to the snapshot is a diff of the records that changed.
 */
export function snapshotText(dataset: Pick<Dataset, CollectionName>): string {
  const lines = COLLECTIONS.flatMap((collection) =>
    [...dataset[collection]]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((record) => JSON.stringify({ collection, record })),
  );
  return `${lines.join("\n")}\n`;
}

export async function readSnapshot(releasesDir: string): Promise<Records> {
  const text = await readFile(path.join(releasesDir, "snapshot.ndjson"), "utf8");
  const out = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as unknown[]])) as Record<CollectionName, unknown[]>;
  for (const line of text.split("\n").filter(Boolean)) {
    const { collection, record } = JSON.parse(line) as { collection: CollectionName; record: unknown };
    out[collection].push(record);
  }
  return out as unknown as Records;
}
