import type { Rule } from "./rule.ts";

export const idMatchesFileName: Rule = {
  name: "id-matches-file-name",
  description: "A record's id equals its file name, so a URL, a file and an id always agree.",
  check(records) {
    return records
      .filter((r) => r.data.id !== r.stem)
      .map((record) => ({
        record,
        path: ["id"],
        message: `id "${record.data.id}" differs from the file name "${record.stem}.yaml"`,
        fix: `rename the file to ${record.data.id}.yaml or set \`id: ${record.stem}\``,
      }));
  },
};
