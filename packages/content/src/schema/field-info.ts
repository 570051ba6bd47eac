import { z } from "zod";

/**
 * What a schema says about a field, read through zod's own JSON Schema output rather than its
 * internals: the one place that answers "what values does this field allow, is it required, what
 * does it mean". Validation messages, the CLI's flags and `new` template, and the API's error
 * details all ask here.
 */
export interface FieldInfo {
  description?: string;
  /** Whether a record must have it (in an object); true for the root. */
  required: boolean;
  type: "string" | "number" | "integer" | "boolean" | "array" | "object" | "mixed";
  /** The allowed values, when the field takes one of a fixed set (an enum, a boolean). */
  values?: string[];
  /** The fields of an object, in declaration order. */
  fields?: Record<string, FieldInfo>;
  /** The shape of a list's items. */
  items?: FieldInfo;
  /** The fewest items a list may have. */
  minItems?: number;
}

type JsonSchema = {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

const cache = new WeakMap<z.ZodType, FieldInfo>();

/** The field tree of a schema, as a contributor (or a query string) writes it. */
export function fieldInfo(schema: z.ZodType): FieldInfo {
  let info = cache.get(schema);
  if (!info) {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
    info = fromJson(json, true, json.$defs ?? {});
    cache.set(schema, info);
  }
  return info;
}

function fromJson(node: JsonSchema, required: boolean, defs: Record<string, JsonSchema>): FieldInfo {
  // A part named in zod's registry (e.g. Source) is a reference to one definition.
  const json = node.$ref ? (defs[node.$ref.replace("#/$defs/", "")] ?? {}) : node;
  const options = [...(json.anyOf ?? []), ...(json.oneOf ?? []), ...(json.allOf ?? [])];
  const parts = options.length > 0 ? options.map((o) => fromJson(o, required, defs)) : [];
  const values = [
    ...(json.enum ?? []).map(String),
    ...(json.const !== undefined ? [String(json.const)] : []),
    ...(json.type === "boolean" ? ["true", "false"] : []),
    ...parts.flatMap((p) => p.values ?? []),
  ];
  const types = new Set([
    ...(Array.isArray(json.type) ? json.type : json.type ? [json.type] : []),
    ...parts.map((p) => p.type),
  ]);
  const type = types.size === 1 ? ([...types][0] as FieldInfo["type"]) : "mixed";
  const description = json.description ?? parts.find((p) => p.description)?.description;
  const fields = json.properties
    ? Object.fromEntries(
        Object.entries(json.properties).map(([name, prop]) => [
          name,
          fromJson(prop, json.required?.includes(name) ?? false, defs),
        ]),
      )
    : parts.find((p) => p.fields)?.fields;
  const items = json.items ? fromJson(json.items, true, defs) : parts.find((p) => p.items)?.items;
  return {
    ...(description ? { description } : {}),
    required,
    type,
    ...(values.length > 0 ? { values: [...new Set(values)] } : {}),
    ...(fields ? { fields } : {}),
    ...(items ? { items } : {}),
    ...(json.minItems ? { minItems: json.minItems } : {}),
  };
}

/** The field at a path of names and list indexes, or undefined when the path leaves the schema. */
export function fieldAt(schema: z.ZodType, path: readonly PropertyKey[]): FieldInfo | undefined {
  let at: FieldInfo | undefined = fieldInfo(schema);
  for (const key of path) {
    if (!at) return undefined;
    at = typeof key === "number" ? at.items : at.fields?.[String(key)];
  }
  return at;
}
