import { type CollectionName, queryParamSchemas } from "@cell-atlas/content";
import { createRoute, z } from "@hono/zod-openapi";
import {
  cacheHeaders,
  csvContent,
  listHeaders,
  movedResponse,
  notFoundResponse,
  problemResponses,
} from "../../openapi/responses.ts";
import { FormatParam, listResponse, NoParams, recordResponse, singular } from "../../openapi/schemas.ts";

const idExamples: Record<CollectionName, string> = {
  therapies: "nurown",
  organizations: "brainstorm-cell-therapeutics",
  countries: "sa",
  trials: "nct03280056",
  events: "2023-09-nurown-fda-advisory-committee",
};

const listSummaries: Record<CollectionName, string> = {
  therapies: "Cell therapy programmes and products",
  organizations: "Institutes, hospitals, universities, companies and regulators",
  countries: "OIC member states and other countries records name",
  trials: "Registered clinical trials",
  events: "The timeline of milestones",
};

export const listQuery = (collection: CollectionName) => queryParamSchemas[collection].extend({ format: FormatParam });

export const listRoute = (collection: CollectionName) =>
  createRoute({
    method: "get",
    path: `/v1/${collection}`,
    operationId: `list${singular[collection]}`,
    tags: [collection],
    summary: listSummaries[collection],
    description:
      "Filters combine with AND. Pages of `limit` records; follow `meta.nextCursor` (or the Link header) for the next page. Add `format=csv` or send `Accept: text/csv` for CSV of the same page.",
    request: { query: listQuery(collection) },
    responses: {
      200: {
        description: `A page of ${collection}.`,
        headers: listHeaders,
        content: { "application/json": { schema: listResponse(collection) }, ...csvContent },
      },
      ...problemResponses,
    },
  });

export const IdParams = (collection: CollectionName) =>
  z.object({
    id: z
      .string()
      .min(1, "must not be empty")
      .max(100, "must be at most 100 characters")
      .openapi({ param: { name: "id", in: "path" }, example: idExamples[collection] }),
  });

export const recordRoute = (collection: CollectionName) =>
  createRoute({
    method: "get",
    path: `/v1/${collection}/{id}`,
    operationId: `get${singular[collection]}`,
    tags: [collection],
    summary: `One ${singular[collection].toLowerCase()} with its references resolved`,
    description:
      "The record, plus `related`: the records it names and the records that name it, one level deep, with their names. An id the record had before a rename answers 301 to its current URL.",
    request: { params: IdParams(collection), query: NoParams },
    responses: {
      200: {
        description: `The ${singular[collection].toLowerCase()}.`,
        headers: cacheHeaders,
        content: { "application/json": { schema: recordResponse(collection) } },
      },
      301: movedResponse,
      ...problemResponses,
      404: notFoundResponse,
    },
  });
