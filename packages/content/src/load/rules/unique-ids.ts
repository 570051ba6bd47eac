import type { Rule, RuleFinding } from "./rule.ts";

export const uniqueIds: Rule = {
  name: "unique-ids",
  description: "No two records of a collection share an id, and no former id is reused.",
  check(records) {
    const findings: RuleFinding[] = [];
    const seen = new Map<string, string>();
    for (const record of records) {
      const key = `${record.collection}/${record.data.id}`;
      const first = seen.get(key);
      if (first) {
        findings.push({
          record,
          path: ["id"],
          message: `duplicate id "${record.data.id}": ${first} already uses it`,
          fix: "choose a different id, or merge the two records",
        });
      } else seen.set(key, record.parsed.file);
    }
    for (const record of records) {
      record.data.formerIds?.forEach((former, index) => {
        const owner = seen.get(`${record.collection}/${former}`);
        if (owner) {
          findings.push({
            record,
            path: ["formerIds", index],
            message: `former id "${former}" is the current id of ${owner}`,
            fix: "a former id must not belong to another record; remove it from formerIds",
          });
        }
      });
    }
    return findings;
  },
};
