import type { LoadedRecord, Rule, RuleFinding } from "./rule.ts";

/**
 * Text that marks an unfinished record. A template must never be a valid record, so a draft
 * that still holds one cannot be published.
 */
const PLACEHOLDERS: { test: RegExp; what: string }[] = [
  { test: /\bTODO\b|\bTBD\b|\bFIXME\b|\bXXX\b/, what: "a TODO marker" },
  { test: /^https?:\/\/(?:[a-z0-9-]+\.)*example\.(?:org|com|net)(?:[/:?#]|$)/i, what: "an example.org address" },
  { test: /^(?:PubMed|PMID|DOI|NCT|IRCT)\s*:?\s*[\w./-]+$/i, what: "an id in place of a title" },
  { test: /^<[^>]+>$/, what: "template text in angle brackets" },
];

function* strings(value: unknown, path: PropertyKey[]): Generator<{ path: PropertyKey[]; text: string }> {
  if (typeof value === "string") yield { path, text: value };
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

export const noPlaceholders: Rule = {
  name: "no-placeholders",
  description: "No TODO markers, example.org addresses, template text or bare ids as titles in a published record.",
  check(records) {
    const findings: RuleFinding[] = [];
    const scan = (record: LoadedRecord) => {
      for (const { path, text } of strings(record.data, [])) {
        const isTitle = path[path.length - 1] === "title";
        for (const p of PLACEHOLDERS) {
          if (p.what === "an id in place of a title" && !isTitle) continue;
          if (!p.test.test(text.trim())) continue;
          findings.push({
            record,
            path,
            message: `holds ${p.what}: "${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`,
            fix:
              p.what === "an id in place of a title"
                ? "write the page's real title as it appears there"
                : "replace it with the real value from a source you read, or remove the field if it is optional",
          });
          break;
        }
      }
    };
    records.forEach(scan);
    return findings;
  },
};
