import { type CollectionName, fieldInfo, queryParamSchemas } from "@cell-atlas/content";

export interface FlagSpec {
  /** The query parameter, e.g. cellSource. */
  param: string;
  /** The flag, e.g. --cell-source. */
  flag: string;
  description: string;
  /** Allowed values when the parameter takes one of a set. */
  choices?: readonly string[];
}

export const kebab = (param: string) => param.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);

/** The flag a query parameter is given with, for error messages. */
export const flagOf = (param: string) => `--${kebab(param)}`;

/**
 * The list flags of a collection: one per parameter of the content package's query schema (its
 * filters, sort and paging), described and constrained as the schema says. Never retyped here.
 */
export function flagsFor(collection: CollectionName): FlagSpec[] {
  const params = fieldInfo(queryParamSchemas[collection]).fields ?? {};
  return Object.entries(params).map(([param, info]) => {
    const choices = info.values;
    let description = info.description ?? `Filter by ${param}.`;
    if (choices) description += ` One of: ${choices.join(", ")}.`;
    return { param, flag: flagOf(param), description, ...(choices ? { choices } : {}) };
  });
}
