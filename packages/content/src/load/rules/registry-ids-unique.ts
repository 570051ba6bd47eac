import type { Rule, RuleFinding } from "./rule.ts";

const key = (id: string) => id.toLowerCase().replace(/[^a-z0-9]/g, "");

export const registryIdsUnique: Rule = {
  name: "registry-ids-unique",
  description:
    "A registry id belongs to one trial record: a study registered twice is one record with `secondaryIds`, never two.",
  check(records) {
    const findings: RuleFinding[] = [];
    const owner = new Map<string, string>();
    const claim = (id: string, trialId: string, record: (typeof records)[number], path: PropertyKey[]) => {
      const k = key(id);
      const first = owner.get(k);
      if (first === undefined) owner.set(k, trialId);
      else if (first !== trialId)
        findings.push({
          record,
          path,
          message: `registry id "${id}" is already the id of trial ${first}`,
          fix: `one study, one record: keep ${first}, list "${id}" under its secondaryIds and remove this one`,
        });
    };
    const trials = records.filter((r) => r.collection === "trials");
    // Primary ids first, so the message always points at the secondary mention.
    for (const record of trials) claim(record.data.id, record.data.id, record, ["id"]);
    for (const record of trials) {
      if (record.collection !== "trials") continue;
      record.data.secondaryIds.forEach((s, i) => {
        claim(s.id, record.data.id, record, ["secondaryIds", i, "id"]);
      });
    }
    return findings;
  },
};
