import type { CollectionName } from "@cell-atlas/content";

/**
 * The collection names, known without loading the content package (its zod schemas cost start-up
 * time on every run). A type check below and a test keep this equal to content's COLLECTIONS.
 */
export const COLLECTION_NAMES = ["therapies", "organizations", "countries", "trials", "events"] as const;

type Missing = Exclude<CollectionName, (typeof COLLECTION_NAMES)[number]>;
const _everyCollection: [Missing] extends [never] ? true : Missing = true;
void _everyCollection;
