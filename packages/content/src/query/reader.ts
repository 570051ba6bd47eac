import type { CollectionName, Dataset, RecordOf } from "../schema/index.ts";
import { COLLECTIONS } from "../schema/values.ts";
import { createLinks, type Links } from "./links.ts";
import { type Related, resolveRelated } from "./related.ts";

/**
 * Looking records up by id, without queries. It imports no zod (only types from the schema
 * module), so a caller that only reads records, such as the CLI's `show`, starts without building
 * a single schema; createAtlas adds filtering, search and stats on top of it.
 */
export interface Reader {
  readonly dataset: Dataset;
  /** Links between records, both directions, computed once. */
  readonly links: Links;
  get<C extends CollectionName>(collection: C, id: string): RecordOf<C> | undefined;
  /** The current id for an id that some record lists in formerIds. */
  currentId(collection: CollectionName, id: string): string | undefined;
  /** Every collection that has a record with this id (ids are unique per collection only). */
  find(id: string): { collection: CollectionName; record: RecordOf<CollectionName> }[];
  related(collection: CollectionName, id: string): Related;
  /** Display name of any record ("" when unknown). */
  nameOf(collection: CollectionName, id: string): string;
  /** All ids of a collection, for suggestions and static generation. */
  ids(collection: CollectionName): string[];
}

/** A record of any collection, with its fields readable by name. */
export type AnyRecord = RecordOf<CollectionName> & Record<string, unknown>;

export function recordName(collection: CollectionName, record: AnyRecord): string {
  return String(collection === "trials" || collection === "events" ? record.title : record.name);
}

export function createReader(dataset: Dataset): Reader {
  const links = createLinks(dataset);
  // Built per collection on first use: a dataset may read its collections lazily (the CLI's does),
  // and a lookup in one collection should not make it read the others.
  const maps = new Map<CollectionName, Map<string, AnyRecord>>();
  const byId = (c: CollectionName) => {
    let map = maps.get(c);
    if (!map) {
      map = new Map((dataset[c] as AnyRecord[]).map((r) => [r.id, r]));
      maps.set(c, map);
    }
    return map;
  };
  const former = new Map<CollectionName, Map<string, string>>();
  const formerToCurrent = (c: CollectionName) => {
    let map = former.get(c);
    if (!map) {
      map = new Map();
      for (const r of dataset[c] as AnyRecord[])
        for (const f of (r.formerIds as string[] | undefined) ?? []) map.set(f, r.id);
      former.set(c, map);
    }
    return map;
  };

  const nameOf = (collection: CollectionName, id: string) => {
    const r = byId(collection).get(id);
    return r ? recordName(collection, r) : "";
  };

  return {
    dataset,
    links,
    get: (collection, id) => byId(collection).get(id) as never,
    currentId: (collection, id) => formerToCurrent(collection).get(id),
    find: (id) =>
      COLLECTIONS.flatMap((collection) => {
        const record = byId(collection).get(id);
        return record ? [{ collection, record }] : [];
      }),
    related: (collection, id) => (byId(collection).has(id) ? resolveRelated(links, collection, id, nameOf) : {}),
    nameOf,
    ids: (collection) => [...byId(collection).keys()],
  };
}
