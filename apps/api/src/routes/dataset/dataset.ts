import { CollectionName, QueryError, toCsv } from "@cell-atlas/content";
import { createRoute, z } from "@hono/zod-openapi";
import { textResponse } from "../../http/body.ts";
import { preferredFormat } from "../../http/negotiate.ts";
import { invalidParameters, problemResponse } from "../../http/problem.ts";
import { pathAndQuery, problemHook } from "../../http/request.ts";
import { cacheHeaders, csvContent, problemResponses } from "../../openapi/responses.ts";
import { DatasetResponse, FormatParam } from "../../openapi/schemas.ts";
import { type ApiApp, json, type RouteDeps } from "../deps.ts";

export const DatasetQuery = z.strictObject({
  format: FormatParam,
  collection: CollectionName.optional().describe("Only this collection. Required for CSV: one table per collection."),
});

export const datasetRoute = createRoute({
  method: "get",
  path: "/v1/dataset",
  operationId: "dataset",
  tags: ["dataset"],
  summary: "The whole dataset in one response",
  description:
    "JSON: `meta` plus every collection (or one, with `collection`). CSV: one collection, every record, one row each; `collection` is then required.",
  request: { query: DatasetQuery },
  responses: {
    200: {
      description: "The dataset.",
      headers: cacheHeaders,
      content: { "application/json": { schema: DatasetResponse }, ...csvContent },
    },
    ...problemResponses,
  },
});

export function registerDataset(app: ApiApp, deps: RouteDeps): void {
  const dataset = deps.atlas.dataset;
  app.openapi(
    datasetRoute,
    (c) => {
      const { format, collection } = c.req.valid("query");
      const wantsCsv = format === "csv" || (format === undefined && preferredFormat(c.req.header("accept")) === "csv");
      if (wantsCsv && collection) {
        return textResponse(toCsv(collection, dataset[collection]), {
          headers: {
            "content-type": "text/csv; charset=utf-8; header=present",
            "content-disposition": `attachment; filename="cell-atlas-${collection}.csv"`,
            vary: "Accept",
          },
        });
      }
      if (format === "csv") {
        const error = new QueryError("collection", "is required with format=csv", CollectionName.options.join(", "));
        return problemResponse(invalidParameters([error], pathAndQuery(c.req.url)));
      }
      // Accept: text/csv without a collection is a preference we cannot meet; JSON is the fallback.
      const body = collection ? { meta: dataset.meta, [collection]: dataset[collection] } : dataset;
      return json(body, { vary: "Accept" });
    },
    problemHook(DatasetQuery),
  );
}
