import type { COLLECTIONS } from "./values.ts";

type CollectionName = (typeof COLLECTIONS)[number];

/**
 * Where a record points at another record: the one direction that is data. Everything else about
 * links (the inverse direction, related records, which programmes a record reaches) is derived from
 * this table, by the reference check at load and by query/links.ts, so they cannot disagree.
 */
export interface Reference {
  /** Path to the id: field names, with "*" for every item of a list. */
  path: readonly string[];
  target: CollectionName;
  /** The part the target plays for the record, shown beside the link: a field of the list item, or a word. */
  role?: { field: string } | { word: string };
  /**
   * Whether a record reaches the therapies at the other end of this link for area and modality
   * filters. A regulator that approved a cancer therapy is not itself "in cancer".
   */
  reachesTherapies?: false;
}

export const REFERENCES: Readonly<Record<CollectionName, readonly Reference[]>> = {
  therapies: [
    { path: ["organizations", "*", "id"], target: "organizations", role: { field: "role" } },
    { path: ["countries", "*"], target: "countries" },
    {
      path: ["approvals", "*", "regulator"],
      target: "organizations",
      role: { word: "regulator" },
      reachesTherapies: false,
    },
    { path: ["approvals", "*", "country"], target: "countries", reachesTherapies: false },
    { path: ["trials", "*"], target: "trials" },
  ],
  organizations: [{ path: ["country"], target: "countries" }],
  countries: [{ path: ["regulators", "*"], target: "organizations", role: { word: "regulator" } }],
  trials: [
    { path: ["therapy"], target: "therapies" },
    { path: ["sponsor"], target: "organizations", role: { word: "sponsor" } },
    { path: ["countries", "*"], target: "countries" },
  ],
  events: [
    { path: ["countries", "*"], target: "countries" },
    { path: ["organizations", "*"], target: "organizations" },
    { path: ["therapies", "*"], target: "therapies" },
  ],
};

/** Every id a record refers to through one reference, with where it sits and the item holding it. */
export function collectReferences(
  data: unknown,
  pattern: readonly string[],
): { path: PropertyKey[]; id: string; holder: unknown }[] {
  const out: { path: PropertyKey[]; id: string; holder: unknown }[] = [];
  const walk = (value: unknown, rest: readonly string[], path: PropertyKey[], holder: unknown) => {
    if (rest.length === 0) {
      if (typeof value === "string") out.push({ path, id: value, holder });
      return;
    }
    const [head, ...tail] = rest as [string, ...string[]];
    if (head === "*") {
      if (Array.isArray(value))
        value.forEach((item, i) => {
          walk(item, tail, [...path, i], item);
        });
    } else if (value && typeof value === "object") {
      walk((value as Record<string, unknown>)[head], tail, [...path, head], value);
    }
  };
  walk(data, pattern, [], data);
  return out;
}

/**
 * The same walk as collectReferences, without recording paths: for indexing every link of every
 * record, where building a path per id would cost more than the walk.
 */
export function forEachReference(
  data: unknown,
  pattern: readonly string[],
  visit: (id: string, holder: unknown) => void,
  from = 0,
  holder: unknown = data,
): void {
  if (from === pattern.length) {
    if (typeof data === "string") visit(data, holder);
    return;
  }
  const head = pattern[from];
  if (head === "*") {
    if (Array.isArray(data)) for (const item of data) forEachReference(item, pattern, visit, from + 1, item);
  } else if (data && typeof data === "object") {
    forEachReference((data as Record<string, unknown>)[head as string], pattern, visit, from + 1, data);
  }
}
