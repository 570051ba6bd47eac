import type { CollectionName, Dataset } from "../schema/index.ts";
import { COLLECTIONS } from "../schema/values.ts";
import type { Change, FieldChange } from "./schema.ts";

type Json = unknown;
type RecordLike = { id: string; formerIds?: string[] } & Record<string, Json>;
export type Records = Pick<Dataset, CollectionName>;

const nameOf = (collection: CollectionName, r: RecordLike) =>
  String(collection === "trials" || collection === "events" ? r.title : r.name);

/**
 * How list items are matched between two versions of a record, so that inserting a source does not
 * read as every later source changing: by the field that names the item.
 */
const ITEM_KEYS = ["url", "id", "condition", "claim", "what", "regulator"] as const;

function itemKey(item: Json): string | undefined {
  if (!item || typeof item !== "object" || Array.isArray(item)) return undefined;
  const o = item as Record<string, Json>;
  for (const k of ITEM_KEYS) if (typeof o[k] === "string") return `${k}=${o[k]}`;
  return undefined;
}

const same = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);

/** Every field that differs between two values, as paths with old and new values. */
export function diffValues(old: Json, next: Json, path = ""): FieldChange[] {
  if (same(old, next)) return [];
  const at = (p: string) => p || "(record)";
  if (Array.isArray(old) && Array.isArray(next)) {
    const keysOld = old.map(itemKey);
    const keysNew = next.map(itemKey);
    // Lists of named items are compared item by item; other lists as a whole.
    if (keysOld.every((k) => k !== undefined) && keysNew.every((k) => k !== undefined)) {
      const out: FieldChange[] = [];
      const oldByKey = new Map(old.map((v, i) => [keysOld[i] as string, v]));
      const newByKey = new Map(next.map((v, i) => [keysNew[i] as string, v]));
      for (const [k, v] of oldByKey) if (!newByKey.has(k)) out.push({ path: `${path}[${k}]`, old: v });
      for (const [k, v] of newByKey) {
        if (!oldByKey.has(k)) out.push({ path: `${path}[${k}]`, new: v });
        else out.push(...diffValues(oldByKey.get(k), v, `${path}[${k}]`));
      }
      return out;
    }
    return [{ path: at(path), old, new: next }];
  }
  if (
    old &&
    next &&
    typeof old === "object" &&
    typeof next === "object" &&
    !Array.isArray(old) &&
    !Array.isArray(next)
  ) {
    const o = old as Record<string, Json>;
    const n = next as Record<string, Json>;
    const out: FieldChange[] = [];
    for (const k of new Set([...Object.keys(o), ...Object.keys(n)])) {
      const p = path ? `${path}.${k}` : k;
      if (!(k in n)) out.push({ path: p, old: o[k] });
      else if (!(k in o)) out.push({ path: p, new: n[k] });
      else out.push(...diffValues(o[k], n[k], p));
    }
    return out;
  }
  return [{ path: at(path), ...(old === undefined ? {} : { old }), ...(next === undefined ? {} : { new: next }) }];
}

/**
 * What changed between two releases of the records: added, removed, renamed (the new record lists
 * the old id in formerIds) and changed, each record once, in collection and id order.
 */
export function diffRecords(previous: Records, current: Records): Change[] {
  const changes: Change[] = [];
  for (const collection of COLLECTIONS) {
    const before = new Map((previous[collection] as RecordLike[]).map((r) => [r.id, r]));
    const after = new Map((current[collection] as RecordLike[]).map((r) => [r.id, r]));
    const renamedFrom = new Set<string>();
    for (const [id, record] of [...after].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const old = before.get(id);
      if (old) {
        const fields = diffValues(old, record);
        if (fields.length > 0)
          changes.push({ type: "changed", collection, id, name: nameOf(collection, record), fields });
        continue;
      }
      const formerId = (record.formerIds ?? []).find((f) => before.has(f) && !after.has(f));
      if (formerId) {
        renamedFrom.add(formerId);
        const fields = diffValues({ ...before.get(formerId), id: undefined }, { ...record, id: undefined }).filter(
          (f) => f.path !== "formerIds",
        );
        changes.push({ type: "renamed", collection, id, formerId, name: nameOf(collection, record), fields });
      } else {
        // A therapy that arrives approved is a new approval too: its approvals travel with it.
        const approvals =
          collection === "therapies" ? diffValues({ approvals: [] }, { approvals: record.approvals ?? [] }) : [];
        changes.push({
          type: "added",
          collection,
          id,
          name: nameOf(collection, record),
          ...(approvals.length > 0 ? { fields: approvals } : {}),
        });
      }
    }
    for (const [id, record] of [...before].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      if (!after.has(id) && !renamedFrom.has(id))
        changes.push({ type: "removed", collection, id, name: nameOf(collection, record) });
  }
  return changes;
}
