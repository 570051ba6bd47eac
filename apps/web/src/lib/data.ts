import { type Atlas, type CollectionName, getAtlas, type QueryInput, type RecordOf } from "@cell-atlas/content";

export function atlas(): Atlas {
  return getAtlas();
}

/** Every record a query matches, paging through the query module (it caps a page at 100). */
export function listAll<C extends CollectionName>(
  collection: C,
  input: QueryInput[C] = {} as QueryInput[C],
): RecordOf<C>[] {
  const out: RecordOf<C>[] = [];
  let cursor: string | undefined;
  do {
    const page = atlas().list(collection, { ...input, limit: 100, ...(cursor ? { cursor } : {}) } as QueryInput[C]);
    out.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

export function idsMatching<C extends CollectionName>(collection: C, input: QueryInput[C]): string[] {
  return listAll(collection, input).map((r) => r.id);
}

/**
 * Params for a dynamic route. Static export refuses a dynamic route with no params at all, so an
 * empty collection yields one placeholder whose page renders "not found".
 */
export function staticIds(collection: CollectionName): { id: string }[] {
  const ids = [...atlas().ids(collection), ...formerIds(collection)];
  return ids.length > 0 ? ids.map((id) => ({ id })) : [{ id: "none" }];
}

/** Ids records had before a rename; each gets a page pointing to the record's current address. */
export function formerIds(collection: CollectionName): string[] {
  return (atlas().dataset[collection] as readonly { formerIds?: string[] }[]).flatMap((r) => r.formerIds ?? []);
}

export { hrefOf } from "@/lib/href";

export function nameOf(collection: CollectionName, id: string): string {
  return atlas().nameOf(collection, id) || id;
}
