import { closest } from "fastest-levenshtein";
import type { CollectionName } from "../../schema/index.ts";
import { collectReferences, REFERENCES } from "../../schema/references.ts";
import type { LoadedRecord, Rule, RuleFinding } from "./rule.ts";

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
