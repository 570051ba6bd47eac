import { distance } from "fastest-levenshtein";
import { codeUnitOrder } from "./order.ts";

/**
 * Ids closest to a mistyped one, nearest first. An id that contains the typed text, or is contained
 * in it, counts as close. Otherwise about one edit in three may differ: a fixed allowance would
 * offer every two-letter country code for any short word.
 */
export function closestIds(wanted: string, candidates: readonly string[], max = 3): string[] {
  const w = wanted.toLowerCase();
  return candidates
    .map((id) => ({ id, d: id.includes(w) || w.includes(id) ? 0.5 : distance(w, id) }))
    .filter((x) => x.d <= Math.max(1, Math.floor(Math.max(w.length, x.id.length) / 3)))
    .sort((a, b) => a.d - b.d || codeUnitOrder(a.id, b.id))
    .slice(0, max)
    .map((x) => x.id);
}
