import { z } from "zod";
import { COLLECTIONS } from "../schema/values.ts";
import { decodeCursor } from "./cursor.ts";
import { FILTERS, type Filters } from "./filters.ts";
import { SORTS } from "./sorts.ts";

/** Query strings and CLI flags arrive as text; these accept text and typed values alike. */
export const Limit = z.coerce
  .number({ error: "must be a whole number between 1 and 100" })
  .int("must be a whole number between 1 and 100")
  .min(1, "must be at least 1")
  .max(100, "must be at most 100")
  .default(20)
  .describe("Page size, 1–100 (default 20).");

const Q = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters")
  .refine(
    (s) => s === "" || /[\p{L}\p{N}]/u.test(s),
    "must contain a letter or a digit: punctuation alone matches nothing",
  )
  .describe("Full-text search over names, aliases, conditions and summaries.");

export const Cursor = z
  .string()
  .max(200, "is too long to be a cursor")
  .refine(
    (s) => decodeCursor(s) !== null,
    "is not a cursor this API issued; use the nextCursor value of a previous page",
  )
  .describe("Opaque cursor from a previous page's meta.nextCursor.");

const sortOf = (fields: readonly string[]) => {
  const values = fields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];
  return z
    .enum(values)
    .optional()
    .describe(
      "Sort field; prefix with - for descending. With q, results are ranked by relevance unless sort is given.",
    );
};

type FilterShape<C extends keyof Filters> = {
  [K in keyof Filters[C]]: z.ZodOptional<Filters[C][K] extends { schema: infer S extends z.ZodType } ? S : never>;
};
type QuerySchema<C extends keyof Filters> = z.ZodObject<
  FilterShape<C> & {
    sort: z.ZodOptional<z.ZodEnum<Record<string, string>>>;
    q: z.ZodOptional<typeof Q>;
    limit: typeof Limit;
    cursor: z.ZodOptional<typeof Cursor>;
  },
  z.core.$strict
>;

function buildQuerySchema<C extends keyof Filters>(collection: C): QuerySchema<C> {
  const filters = Object.fromEntries(
    Object.entries(FILTERS[collection]).map(([name, f]) => [name, f.schema.optional().describe(f.description)]),
  );
  return z.strictObject({
    ...filters,
    sort: sortOf(Object.keys(SORTS[collection].keys)),
    q: Q.optional(),
    limit: Limit,
    cursor: Cursor.optional(),
  }) as unknown as QuerySchema<C>;
}

/**
 * Each collection's query schema, derived from its filters and sorts and built on first use:
 * building zod schemas is a start-up cost, and the CLI's `list` needs one of the five.
 */
export const queryParamSchemas = Object.defineProperties(
  {} as { readonly [C in keyof Filters]: QuerySchema<C> },
  Object.fromEntries(
    COLLECTIONS.map((c) => {
      let built: QuerySchema<typeof c> | undefined;
      return [c, { enumerable: true, get: () => (built ??= buildQuerySchema(c)) }];
    }),
  ),
);

export const SearchQuery = z.strictObject({
  q: Q.describe("What to search for."),
  collection: z.enum(COLLECTIONS).optional().describe("Only hits from this collection."),
  limit: Limit,
});

type Schemas = typeof queryParamSchemas;
export type TherapyQuery = z.input<Schemas["therapies"]>;
export type OrganizationQuery = z.input<Schemas["organizations"]>;
export type CountryQuery = z.input<Schemas["countries"]>;
export type TrialQuery = z.input<Schemas["trials"]>;
export type EventQuery = z.input<Schemas["events"]>;
export type SearchQuery = z.input<typeof SearchQuery>;
export type QueryInput = { [C in keyof Schemas]: z.input<Schemas[C]> };
export type QueryParams = { [C in keyof Schemas]: z.output<Schemas[C]> };
