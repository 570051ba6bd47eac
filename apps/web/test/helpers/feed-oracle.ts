import { type CollectionName, type Dataset, getDataset, type Release } from "@cell-atlas/content";
import { v5 as uuidv5 } from "uuid";

/**
 * What each Atom feed must hold, worked out straight from the releases and the dataset's fields,
 * without the content package's highlights, links or change log, nor the site's feed code.
 */
/** The site's namespace for feed ids, written out again here (it must never change). */
const NAMESPACE = "a4a82670-deea-45db-9773-173a87e9cd9d";
export const idOf = (key: string) => `urn:uuid:${uuidv5(key, NAMESPACE)}`;
export const LIMIT = 200;

export type Key = "changes" | "approvals" | "trials" | { country: string };

type AnyRecord = { id: string; formerIds?: string[] };

/** The record a change names, under its id now (following renames), or undefined once removed. */
export function currentRecord(d: Dataset, collection: CollectionName, id: string): AnyRecord | undefined {
  const records = d[collection] as readonly AnyRecord[];
  return records.find((r) => r.id === id) ?? records.find((r) => r.formerIds?.includes(id));
}

/** "collection/id" of every record whose own fields name the country, and the country itself. */
export function linkedDirect(d: Dataset, country: string): Set<string> {
  const out = new Set([`countries/${country}`]);
  const record = d.countries.find((c) => c.id === country);
  for (const t of d.therapies)
    if (t.countries.includes(country) || t.approvals.some((a) => a.country === country)) out.add(`therapies/${t.id}`);
  for (const o of d.organizations)
    if (o.country === country || record?.regulators.includes(o.id)) out.add(`organizations/${o.id}`);
  for (const t of d.trials) if (t.countries.includes(country)) out.add(`trials/${t.id}`);
  for (const e of d.events) if (e.countries.includes(country)) out.add(`events/${e.id}`);
  return out;
}

/** OIC member states with at least one record linked to them. */
export function countriesWithFeedsDirect(d: Dataset = getDataset()): string[] {
  return d.countries
    .filter((c) => c.oicMember && linkedDirect(d, c.id).size > 1)
    .map((c) => c.id)
    .sort();
}

const versionKey = (v: string) =>
  v
    .split(".")
    .map((p) => p.padStart(4, "0"))
    .join(".");

/** The entry ids a feed must have, in order: newest release first, at most LIMIT. */
export function expectedEntryIds(releases: readonly Release[], key: Key, d: Dataset = getDataset()): string[] {
  const suffix = typeof key === "string" ? key : `countries/${key.country}`;
  const linked = typeof key === "string" ? undefined : linkedDirect(d, key.country);
  const kindOf = (id: string) => d.events.find((e) => e.id === id)?.kind;
  const ids: string[] = [];
  const sorted = [...releases].sort((a, b) => (versionKey(a.version) < versionKey(b.version) ? 1 : -1));
  for (const r of sorted) {
    const id = (c: { collection: string; id: string }, what: string) =>
      idOf(`${r.version}/${c.collection}/${c.id}/${what}`);
    if (r.previous === null) {
      ids.push(idOf(`${r.version}/release/${suffix}`));
      continue;
    }
    if (key === "changes") for (const c of r.changes) ids.push(id(c, c.type));
    else if (key === "trials") {
      for (const c of r.changes) if (c.type === "added" && c.collection === "trials") ids.push(id(c, "added"));
    } else if (key === "approvals") {
      for (const c of r.changes)
        if (
          c.collection === "therapies" &&
          (c.fields ?? []).some((f) => /^approvals\[[^\]]+\]$/.test(f.path) && f.new !== undefined)
        )
          ids.push(id(c, "approval"));
      for (const c of r.changes)
        if (c.type === "added" && c.collection === "events" && ["approval", "regulation"].includes(kindOf(c.id) ?? ""))
          ids.push(id(c, "added"));
    } else {
      for (const c of r.changes) {
        const record = currentRecord(d, c.collection, c.id);
        if (record && linked?.has(`${c.collection}/${record.id}`)) ids.push(id(c, c.type));
      }
    }
  }
  return ids.slice(0, LIMIT);
}
