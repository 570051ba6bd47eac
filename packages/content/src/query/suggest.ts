import { distance } from "fastest-levenshtein";
import { codeUnitOrder } from "./order.ts";

/** Ids closest to a mistyped one, nearest first; substrings count as close. */
export function closestIds(wanted: string, candidates: readonly string[], max = 3): string[] {
  const w = wanted.toLowerCase();
  return candidates
    .map((id) => ({ id, d: id.includes(w) || w.includes(id) ? 0.5 : distance(w, id) }))
    .filter((x) => x.d <= Math.max(3, Math.floor(w.length / 2)))
    .sort((a, b) => a.d - b.d || codeUnitOrder(a.id, b.id))
    .slice(0, max)
    .map((x) => x.id);
}
