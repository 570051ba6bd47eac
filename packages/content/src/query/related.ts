import type { CollectionName } from "../schema/index.ts";
import type { Links } from "./links.ts";

export interface RelatedRef {
  id: string;
  name: string;
  /** The role a linked record plays (an organization's role for a therapy, a trial's sponsor). */
  role?: string;
}

/** References resolved one level, both the ones a record names and the ones that name it. */
export type Related = Partial<Record<CollectionName, RelatedRef[]>>;

export function resolveRelated(
  links: Links,
  collection: CollectionName,
  id: string,
  nameOf: (c: CollectionName, id: string) => string,
): Related {
  const out: Related = {};
  for (const end of links.of(collection, id)) {
    const list = out[end.collection] ?? [];
    out[end.collection] = list;
    list.push({ id: end.id, name: nameOf(end.collection, end.id), ...(end.role ? { role: end.role } : {}) });
  }
  return out;
}
