import { type CollectionName, type FieldInfo, fieldInfo, fileSchemas } from "@cell-atlas/content";
import { REFERENCES } from "@cell-atlas/content/load";

export interface TemplateContext {
  id: string;
  /** Existing ids per collection, to show a real example where a field points at another record. */
  ids: Partial<Record<CollectionName, string[]>>;
  schemaPath: string;
}

const singular = (c: CollectionName) => c.replace(/ies$/, "y").replace(/s$/, "");

function targetOf(collection: CollectionName, path: readonly string[]): CollectionName | undefined {
  const p = path.join("/");
  return REFERENCES[collection].find((r) => r.path.join("/") === p)?.target;
}

/** The comment above a field: what it means, whether it is needed, what it takes. */
function explain(field: FieldInfo, target: CollectionName | undefined, ctx: TemplateContext): string {
  const parts = [field.description ?? ""];
  if (field.required) parts.push(field.minItems ? `Required, at least ${field.minItems}.` : "Required.");
  const values = field.values ?? field.items?.values;
  if (values && field.type !== "boolean") parts.push(`One of: ${values.join(" · ")}.`);
  if (target) {
    const example = ctx.ids[target]?.[0];
    const noun = singular(target);
    parts.push(`${/^[aeiou]/.test(noun) ? "An" : "A"} ${noun} id${example ? `, e.g. ${example}` : ""}.`);
  }
  return parts.filter(Boolean).join(" ");
}

function fieldLines(
  collection: CollectionName,
  fields: Record<string, FieldInfo>,
  path: string[],
  indent: string,
  ctx: TemplateContext,
): string[] {
  const lines: string[] = [];
  for (const [key, field] of Object.entries(fields)) {
    const here = [...path, key];
    const items = field.items;
    const target = targetOf(collection, items ? [...here, "*"] : here);
    lines.push(`${indent}# ${explain(field, target, ctx)}`);
    if (key === "id" && path.length === 0) {
      lines.push(`id: ${ctx.id}`);
    } else if (items?.fields) {
      // A list of parts (sources, indications): one commented item to copy, each field explained.
      lines.push(`${indent}# ${key}:`);
      Object.entries(items.fields).forEach(([k, f], i) => {
        const t = targetOf(collection, f.items ? [...here, "*", k, "*"] : [...here, "*", k]);
        lines.push(`${indent}#${i === 0 ? "   - " : "     "}${k}:${f.items ? " []" : ""}  # ${explain(f, t, ctx)}`);
      });
    } else if (field.fields) {
      lines.push(`${indent}# ${key}:`, ...fieldLines(collection, field.fields, here, `${indent}  `, ctx));
    } else {
      lines.push(`${indent}# ${key}:${items ? " []" : ""}`);
    }
  }
  return lines;
}

/**
 * A new record file: its id, then every field with its explanation from the schema, commented out.
 * It is not a valid record until the required fields are written from sources: validation names
 * each one still missing, so nothing unfinished can be published.
 */
export function recordTemplate(collection: CollectionName, ctx: TemplateContext): string {
  const info = fieldInfo(fileSchemas[collection]);
  const header = [
    `# yaml-language-server: $schema=${ctx.schemaPath}`,
    `# A new ${singular(collection)} record: ${(info.description ?? "").replace(/^An? /, "").replace(/\.$/, "").toLowerCase()}.`,
    "# Uncomment and fill in each field you can source; leave out what you cannot.",
    "# Then run `cell-atlas validate`: it names every required field still missing.",
  ];
  return `${[...header, ...fieldLines(collection, info.fields ?? {}, [], "", ctx)].join("\n")}\n`;
}
