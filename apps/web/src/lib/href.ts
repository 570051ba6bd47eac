import type { CollectionName } from "@cell-atlas/content";

/**
 * Where a record lives on the site. Events have no page of their own: they are anchors on the
 * timeline. Imported by the server pages and by the browser's search script, so it imports only
 * a type from the content package and stays a few bytes in the bundle.
 */
export function hrefOf(collection: CollectionName, id: string): string {
  if (collection === "events") return `/timeline/#event-${id}`;
  return `/${collection}/${id}/`;
}
