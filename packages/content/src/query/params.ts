import { z } from "zod";
import { PartialDate } from "../schema/dates.ts";
import {
  Area,
  CellSource,
  EventKind,
  Modality,
  OrganizationKind,
  Region,
  Stage,
  Status,
  TrialPhase,
  TrialRegistry,
  TrialStatus,
} from "../schema/enums.ts";
import { decodeCursor } from "./cursor.ts";

/** Query strings and CLI flags arrive as text; these accept text and typed values alike. */
const Limit = z.coerce
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
  .optional()
  .describe("Full-text search over names, aliases, conditions and summaries.");

const Cursor = z
  .string()
  .max(200, "is too long to be a cursor")
  .refine(
    (s) => decodeCursor(s) !== null,
    "is not a cursor this API issued; use the nextCursor value of a previous page",
  )
  .optional()
  .describe("Opaque cursor from a previous page's meta.nextCursor.");

const Ref = (what: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(80)
    .regex(/^[a-z0-9-]+$/, `must be a ${what} id (lower-case letters, digits, hyphens)`);

// A query string carries text; a union alone would only say "Invalid input", so name the choices.
const BooleanText = z
  .union([z.boolean(), z.enum(["true", "false"])], { error: "must be true or false" })
  .transform((v) => v === true || v === "true");

const sortOf = <const T extends readonly [string, ...string[]]>(fields: T) => {
  const values = fields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];
  return z
    .enum(values)
    .optional()
    .describe(
      `Sort field; prefix with - for descending. One of: ${values.join(", ")}. With q, results are ranked by relevance unless sort is given.`,
    );
};

/** Filters that reach a record through the therapies linked to it. */
const therapyFacets = {
  area: Area.optional().describe("Therapeutic area of any indication."),
  modality: Modality.optional().describe("Cell modality."),
};

const page = { q: Q, limit: Limit, cursor: Cursor };

/**
 * Each collection's query schema is built on first use: building zod schemas is a start-up cost,
 * and the CLI's `list` needs one of the five.
 */
export const queryParamSchemas = builtOnFirstUse({
  therapies: () =>
    z.strictObject({
      ...therapyFacets,
      country: Ref("country").optional().describe("Country id (ISO alpha-2, lower case)."),
      stage: Stage.optional().describe("Stage of any indication."),
      status: Status.optional().describe("Status of any indication."),
      cellSource: CellSource.optional(),
      organization: Ref("organization").optional().describe("Organization id in any role."),
      sort: sortOf(["name", "stage", "lastReviewed"] as const),
      ...page,
    }),
  organizations: () =>
    z.strictObject({
      ...therapyFacets,
      kind: OrganizationKind.optional(),
      country: Ref("country").optional(),
      sort: sortOf(["name", "country", "founded"] as const),
      ...page,
    }),
  countries: () =>
    z.strictObject({
      ...therapyFacets,
      region: Region.optional(),
      oicMember: BooleanText.optional().describe("true for OIC member states, false for others."),
      hasProgrammes: BooleanText.optional().describe("true for countries with at least one therapy record."),
      sort: sortOf(["name", "programmes"] as const),
      ...page,
    }),
  trials: () =>
    z.strictObject({
      ...therapyFacets,
      status: TrialStatus.optional().describe("Recruitment status as the registry shows it."),
      phase: TrialPhase.optional(),
      registry: TrialRegistry.optional(),
      country: Ref("country").optional(),
      therapy: Ref("therapy").optional(),
      organization: Ref("organization").optional().describe("Sponsor organization id."),
      sort: sortOf(["startDate", "title", "phase"] as const),
      ...page,
    }),
  events: () =>
    z.strictObject({
      ...therapyFacets,
      kind: EventKind.optional(),
      country: Ref("country").optional(),
      organization: Ref("organization").optional(),
      therapy: Ref("therapy").optional(),
      from: PartialDate.optional().describe("Earliest date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD."),
      to: PartialDate.optional().describe("Latest date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD."),
      sort: sortOf(["date", "title"] as const),
      ...page,
    }),
});

function builtOnFirstUse<T extends Record<string, () => unknown>>(
  builders: T,
): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const out = {} as { [K in keyof T]: ReturnType<T[K]> };
  for (const key of Object.keys(builders) as (keyof T)[]) {
    let built: ReturnType<T[typeof key]> | undefined;
    Object.defineProperty(out, key, {
      enumerable: true,
      get: () => {
        built ??= builders[key]?.() as ReturnType<T[typeof key]>;
        return built;
      },
    });
  }
  return out;
}

export const SearchQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(200, "must be at most 200 characters")
    .describe("What to search for."),
  collection: z
    .enum(["therapies", "organizations", "countries", "trials", "events"])
    .optional()
    .describe("Only hits from this collection."),
  limit: Limit,
});

type Schemas = typeof queryParamSchemas;
export type TherapyQuery = z.input<Schemas["therapies"]>;
export type OrganizationQuery = z.input<Schemas["organizations"]>;
export type CountryQuery = z.input<Schemas["countries"]>;
export type TrialQuery = z.input<Schemas["trials"]>;
export type EventQuery = z.input<Schemas["events"]>;
export type SearchQuery = z.input<typeof SearchQuery>;
export type QueryInput = { [C in keyof typeof queryParamSchemas]: z.input<(typeof queryParamSchemas)[C]> };
export type QueryParams = { [C in keyof typeof queryParamSchemas]: z.output<(typeof queryParamSchemas)[C]> };
