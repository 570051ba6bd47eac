import {
  type CollectionName,
  Stats as ContentStats,
  Country,
  type recordSchemas as contentRecordSchemas,
  DatasetMeta,
  Event,
  Organization,
  Therapy,
  Trial,
} from "@cell-atlas/content";
import { z } from "@hono/zod-openapi";
import { exampleDataVersion, exampleRecords } from "./examples.ts";

/**
 * Content's record schemas, registered once as named components. Through zod's own `.meta()`:
 * content's schemas are built before @hono/zod-openapi patches `.openapi()` onto zod.
 */
export const recordSchemas = {
  therapies: Therapy.meta({ id: "Therapy", example: exampleRecords.therapies }),
  organizations: Organization.meta({ id: "Organization", example: exampleRecords.organizations }),
  countries: Country.meta({ id: "Country", example: exampleRecords.countries }),
  trials: Trial.meta({ id: "Trial", example: exampleRecords.trials }),
  events: Event.meta({ id: "Event", example: exampleRecords.events }),
} satisfies Record<CollectionName, (typeof contentRecordSchemas)[CollectionName]>;

/** Singular, capitalised names for summaries and component names. */
export const singular: Record<CollectionName, string> = {
  therapies: "Therapy",
  organizations: "Organization",
  countries: "Country",
  trials: "Trial",
  events: "Event",
};

const ProblemError = z.object({
  param: z.string(),
  detail: z.string(),
  allowed: z.string().optional(),
});

export const Problem = z
  .object({
    type: z.string().describe("A URN naming the kind of problem, e.g. urn:cell-atlas:problem:invalid-parameter."),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().describe("What went wrong, which parameter, and what is allowed."),
    instance: z.string().optional().describe("The request path and query."),
    param: z.string().optional().describe("The first bad parameter."),
    allowed: z.string().optional().describe("What that parameter accepts."),
    errors: z.array(ProblemError).optional().describe("Every bad parameter."),
    suggestions: z.array(z.string()).optional().describe("Closest existing ids, for a 404."),
  })
  .openapi("Problem", {
    example: {
      type: "urn:cell-atlas:problem:invalid-parameter",
      title: "Invalid request parameter",
      status: 400,
      detail:
        'Parameter "area" is not an allowed value; allowed: cancer, autoimmune, regenerative, blood-disorders, neurological, other.',
      instance: "/v1/therapies?area=cancr",
      param: "area",
      allowed: "cancer, autoimmune, regenerative, blood-disorders, neurological, other",
      errors: [
        {
          param: "area",
          detail: "is not an allowed value",
          allowed: "cancer, autoimmune, regenerative, blood-disorders, neurological, other",
        },
      ],
    },
  });

const DataVersion = z.string().describe("Content hash of the dataset; changes whenever any record changes.");

export const ListMeta = z
  .object({
    total: z.number().int().describe("Records matching the filters, over all pages."),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
    dataVersion: DataVersion,
  })
  .openapi("ListMeta");

export const listResponse = (collection: CollectionName) =>
  z.object({ data: z.array(recordSchemas[collection]), meta: ListMeta }).openapi(`${singular[collection]}List`, {
    example: {
      data: [exampleRecords[collection]],
      meta: { total: 1, nextCursor: null, dataVersion: exampleDataVersion },
    },
  });

export const RelatedRef = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.string().optional().describe("The role an organization plays for a therapy."),
  })
  .openapi("RelatedRef");

export const Related = z
  .object({
    therapies: z.array(RelatedRef).optional(),
    organizations: z.array(RelatedRef).optional(),
    countries: z.array(RelatedRef).optional(),
    trials: z.array(RelatedRef).optional(),
    events: z.array(RelatedRef).optional(),
  })
  .describe("Records this one names and records that name it, resolved one level, with display names.")
  .openapi("Related");

const VersionMeta = z.object({ dataVersion: DataVersion }).openapi("VersionMeta");

export const recordResponse = (collection: CollectionName) =>
  z
    .object({ data: recordSchemas[collection], related: Related, meta: VersionMeta })
    .openapi(`${singular[collection]}Detail`);

export const SearchHit = z
  .object({
    collection: z.enum(["therapies", "organizations", "countries", "trials", "events"]),
    id: z.string(),
    name: z.string(),
    score: z.number(),
    terms: z.array(z.string()).describe("Query terms that matched."),
    href: z.string().describe("API path of the record."),
  })
  .openapi("SearchHit");

export const SearchResponse = z
  .object({
    data: z.array(SearchHit),
    meta: z.object({ count: z.number().int(), dataVersion: DataVersion }),
  })
  .openapi("SearchResults", {
    example: {
      data: [
        {
          collection: "therapies",
          id: "nurown",
          name: "NurOwn",
          score: 12.5,
          terms: ["als"],
          href: "/v1/therapies/nurown",
        },
      ],
      meta: { count: 1, dataVersion: exampleDataVersion },
    },
  });

export const Stats = ContentStats.meta({ id: "Stats" });

export const StatsResponse = z.object({ data: Stats, meta: VersionMeta }).openapi("StatsResponse");

export const DatasetResponse = z
  .object({
    meta: DatasetMeta,
    therapies: z.array(recordSchemas.therapies).optional(),
    organizations: z.array(recordSchemas.organizations).optional(),
    countries: z.array(recordSchemas.countries).optional(),
    trials: z.array(recordSchemas.trials).optional(),
    events: z.array(recordSchemas.events).optional(),
  })
  .describe("The whole dataset, or one collection of it with `collection`.")
  .openapi("Dataset");

export const Health = z
  .object({
    status: z.literal("ok"),
    dataVersion: DataVersion,
    counts: z.record(z.string(), z.number().int()),
  })
  .openapi("Health", {
    example: {
      status: "ok",
      dataVersion: exampleDataVersion,
      counts: { therapies: 1, organizations: 1, countries: 1, trials: 1, events: 1 },
    },
  });

export const FormatParam = z
  .enum(["json", "csv"])
  .optional()
  .describe("Response format. Without it, `Accept: text/csv` selects CSV; JSON otherwise.");

export const NoParams = z.strictObject({});
