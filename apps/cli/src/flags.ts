import { type CollectionName, queryParamSchemas } from "@cell-atlas/content";
import type { z } from "zod";

export interface FlagSpec {
  /** The query parameter, e.g. cellSource. */
  param: string;
  /** The flag, e.g. --cell-source. */
  flag: string;
  description: string;
  /** Allowed values when the parameter is an enum or a boolean. */
  choices?: readonly string[];
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[]; entries?: object };

/** Unwraps optional/default/pipe to the schema that decides what a value may be. */
function core(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    const def = s._zod.def as Def;
    if ((def.type === "optional" || def.type === "default" || def.type === "nullable") && def.innerType)
      s = def.innerType;
    else if (def.type === "pipe" && def.in) s = def.in;
    else break;
  }
  return s;
}

function choicesOf(schema: z.ZodType): readonly string[] | undefined {
  const def = core(schema)._zod.def as Def;
  if (def.type === "enum" && def.entries) return Object.values(def.entries).map(String);
  if (def.type === "union" && def.options) {
    const all = def.options.flatMap((o) => {
      const d = core(o)._zod.def as Def;
      if (d.type === "boolean") return ["true", "false"];
      return d.type === "enum" && d.entries ? Object.values(d.entries).map(String) : [];
    });
    return all.length > 0 ? [...new Set(all)] : undefined;
  }
  return undefined;
}

export const kebab = (param: string) => param.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);

const described = (schema: z.ZodType): string | undefined => {
  for (let s: z.ZodType | undefined = schema; s; ) {
    if (s.description) return s.description;
    const def = s._zod.def as Def;
    s = def.innerType ?? def.in;
  }
  return undefined;
};

/** The list flags of a collection, read from the content package's query schema (never retyped). */
export function flagsFor(collection: CollectionName): FlagSpec[] {
  const shape = queryParamSchemas[collection].shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([param, schema]) => {
    const choices = choicesOf(schema);
    let description = described(schema) ?? `Filter by ${param}.`;
    // The sort description already lists its values.
    if (choices && param !== "sort") description += ` One of: ${choices.join(", ")}.`;
    return { param, flag: `--${kebab(param)}`, description, ...(choices ? { choices } : {}) };
  });
}

/** The flag a query parameter came from, for error messages. */
export const flagOf = (param: string) => `--${kebab(param)}`;
