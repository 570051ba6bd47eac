import { type CollectionName, collectionSchemas } from "@cell-atlas/content";
import { REFERENCES } from "@cell-atlas/content/load";
import type { z } from "zod";

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  checks?: { _zod: { def: { check: string; minimum?: number } } }[];
};

const defOf = (s: z.ZodType) => s._zod.def as Def;

function unwrap(schema: z.ZodType): { core: z.ZodType; optional: boolean; defaulted: boolean; description?: string } {
  let s = schema;
  let optional = false;
  let defaulted = false;
  let description = schema.description;
  for (let i = 0; i < 10; i++) {
    const def = defOf(s);
    if ((def.type === "optional" || def.type === "default") && def.innerType) {
      if (def.type === "default") defaulted = true;
      else optional = true;
      s = def.innerType;
    } else if (def.type === "pipe" && def.in) s = def.in;
    else break;
    description ??= s.description;
  }
  return { core: s, optional, defaulted, ...(description ? { description } : {}) };
}

const minItems = (s: z.ZodType) =>
  (defOf(s).checks ?? []).reduce((n, c) => (c._zod.def.check === "min_length" ? (c._zod.def.minimum ?? n) : n), 0);

const plain = /^[a-z0-9][a-z0-9.\-/]*$/i;
const scalar = (v: unknown) =>
  typeof v === "string" ? (plain.test(v) && !/^(true|false|null|\d+)$/.test(v) ? v : JSON.stringify(v)) : String(v);

export interface TemplateContext {
  id: string;
  today: string;
  /** Existing ids per collection, so required references point at something real. */
  ids: Partial<Record<CollectionName, string[]>>;
  schemaPath: string;
}

/** A placeholder the field's schema accepts, so a fresh template validates before it is filled in. */
function placeholder(field: z.ZodType, key: string, refTarget: CollectionName | undefined, ctx: TemplateContext) {
  if (refTarget) return ctx.ids[refTarget]?.[0] ?? `TODO-${refTarget}-id`;
  const schema = unwrap(field).core;
  const def = defOf(schema);
  if (def.type === "enum" && def.entries) return Object.values(def.entries)[0];
  if (def.type === "boolean") return false;
  if (def.type === "number") return 0;
  const candidates = [`TODO: ${key}`, ctx.today, "https://example.org/TODO"];
  return candidates.find((c) => field.safeParse(c).success) ?? "TODO";
}

function comment(lines: string[], indent: string, description: string | undefined, schema: z.ZodType) {
  const def = defOf(schema);
  let text = description ?? "";
  if (def.type === "enum" && def.entries) {
    const values = Object.values(def.entries);
    if (!values.every((v) => text.includes(v))) text += `${text ? " " : ""}One of: ${values.join(" · ")}.`;
  }
  if (text) lines.push(`${indent}# ${text}`);
}

function refTargetOf(collection: CollectionName, path: string[]): CollectionName | undefined {
  const p = path.join("/");
  return REFERENCES[collection].find((r) => r.path.join("/") === p)?.target;
}

function objectLines(
  collection: CollectionName,
  shape: Record<string, z.ZodType>,
  path: string[],
  indent: string,
  ctx: TemplateContext,
  firstPrefix?: string,
): string[] {
  const lines: string[] = [];
  let first = true;
  for (const [key, field] of Object.entries(shape)) {
    const { core, optional, defaulted, description } = unwrap(field);
    const def = defOf(core);
    const here = [...path, key];
    const pad = first && firstPrefix ? firstPrefix : indent;
    const off = optional && key !== "id" ? "# " : "";
    comment(lines, first && firstPrefix ? firstPrefix.replace("- ", "") : indent, description, core);
    if (key === "id" && path.length === 0) {
      lines.push(`${pad}id: ${scalar(ctx.id)}`);
    } else if (def.type === "array" && def.element) {
      const element = unwrap(def.element).core;
      const elementDef = defOf(element);
      const needed = minItems(core) > 0;
      const elPath = [...here, "*"];
      if (elementDef.type === "object" && elementDef.shape) {
        if (needed || !optional) {
          lines.push(`${pad}${needed ? "" : "# "}${key}:`);
          const inner = objectLines(collection, elementDef.shape, elPath, `${indent}    `, ctx, `${indent}  - `);
          lines.push(...(needed ? inner : inner.map((l) => l.replace(/^(\s*)/, "$1# "))));
          if (!needed) lines.push(`${pad}${key}: []`);
        } else {
          lines.push(`${pad}${defaulted ? "" : "# "}${key}: []`);
        }
      } else {
        const value = needed
          ? `[${scalar(placeholder(def.element, key, refTargetOf(collection, elPath), ctx))}]`
          : "[]";
        lines.push(`${pad}${optional && !needed ? "# " : ""}${key}: ${value}`);
      }
    } else if (def.type === "object" && def.shape) {
      lines.push(`${pad}${off}${key}:`, ...objectLines(collection, def.shape, here, `${indent}  `, ctx));
    } else {
      lines.push(`${pad}${off}${key}: ${scalar(placeholder(field, key, refTargetOf(collection, here), ctx))}`);
    }
    first = false;
  }
  return lines;
}

/**
 * A new record: every field with its explanation from the schema, required fields filled with
 * placeholders that validate (TODO text, today's date, existing ids), optional ones commented out.
 */
export function recordTemplate(collection: CollectionName, ctx: TemplateContext): string {
  const schema = collectionSchemas[collection];
  const shape = defOf(unwrap(schema).core).shape ?? {};
  const header = [
    `# yaml-language-server: $schema=${ctx.schemaPath}`,
    `# A new ${collection.replace(/ies$/, "y").replace(/s$/, "")} record${schema.description ? `: ${schema.description.replace(/^An? /, "").replace(/\.$/, "").toLowerCase()}` : ""}.`,
    "# Replace every TODO, uncomment the optional fields you can source, delete the rest.",
    "# Check it with: cell-atlas validate",
  ];
  return `${[...header, ...objectLines(collection, shape, [], "", ctx)].join("\n")}\n`;
}
