import { closest } from "fastest-levenshtein";
import type { CollectionName } from "../../schema/index.ts";
import type { LoadedRecord, Rule, RuleFinding } from "./rule.ts";

/** Where each collection points at another: a path pattern ("*" = every list item) and its target. */
export const REFERENCES: Record<CollectionName, { path: string[]; target: CollectionName }[]> = {
  therapies: [
    { path: ["organizations", "*", "id"], target: "organizations" },
    { path: ["countries", "*"], target: "countries" },
    { path: ["approvals", "*", "regulator"], target: "organizations" },
    { path: ["approvals", "*", "country"], target: "countries" },
    { path: ["trials", "*"], target: "trials" },
  ],
  organizations: [{ path: ["country"], target: "countries" }],
  countries: [{ path: ["regulators", "*"], target: "organizations" }],
  trials: [
    { path: ["therapy"], target: "therapies" },
    { path: ["sponsor"], target: "organizations" },
    { path: ["countries", "*"], target: "countries" },
  ],
  events: [
    { path: ["countries", "*"], target: "countries" },
    { path: ["organizations", "*"], target: "organizations" },
    { path: ["therapies", "*"], target: "therapies" },
  ],
};

/** Every (path, id) a record refers to in the given pattern. */
export function collectReferences(data: unknown, pattern: readonly string[]): { path: PropertyKey[]; id: string }[] {
  const out: { path: PropertyKey[]; id: string }[] = [];
  const walk = (value: unknown, rest: readonly string[], path: PropertyKey[]) => {
    if (rest.length === 0) {
      if (typeof value === "string") out.push({ path, id: value });
      return;
    }
    const [head, ...tail] = rest as [string, ...string[]];
    if (head === "*") {
      if (Array.isArray(value))
        value.forEach((item, i) => {
          walk(item, tail, [...path, i]);
        });
    } else if (value && typeof value === "object") {
      walk((value as Record<string, unknown>)[head], tail, [...path, head]);
    }
  };
  walk(data, pattern, []);
  return out;
}

export const referencesExist: Rule = {
  name: "references-exist",
  description: "Every id a record points at names an existing record of the right collection.",
  check(records, { knownIds }) {
    const ids = new Map<CollectionName, string[]>();
    for (const { collection, id } of knownIds) {
      const list = ids.get(collection);
      if (list) list.push(id);
      else ids.set(collection, [id]);
    }
    const sets = new Map([...ids].map(([c, list]) => [c, new Set(list)]));
    const findings: RuleFinding[] = [];
    const check = (record: LoadedRecord) => {
      for (const { path, target } of REFERENCES[record.collection]) {
        for (const ref of collectReferences(record.data, path)) {
          if (sets.get(target)?.has(ref.id)) continue;
          const candidates = ids.get(target) ?? [];
          const suggestion = candidates.length > 0 ? closest(ref.id, candidates) : undefined;
          findings.push({
            record,
            path: ref.path,
            message: `"${ref.id}" is not a known ${target.replace(/ies$/, "y").replace(/s$/, "")} id`,
            fix: `${suggestion ? `did you mean "${suggestion}"? ` : ""}add data/${target}/${ref.id}.yaml or fix the id`,
          });
        }
      }
    };
    records.forEach(check);
    return findings;
  },
};
