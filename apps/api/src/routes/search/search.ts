import { QueryError, SearchQuery } from "@cell-atlas/content";
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { invalidParameters, problemResponse } from "../../http/problem.ts";
import { pathAndQuery, rawQuery, repeatedParams } from "../../http/query.ts";
import { cacheHeaders, problemResponses } from "../../openapi/responses.ts";
import { SearchResponse } from "../../openapi/schemas.ts";
import { type ApiApp, json, type RouteDeps } from "../deps.ts";

export const searchRoute = createRoute({
  method: "get",
  path: "/v1/search",
  operationId: "search",
  tags: ["search"],
  summary: "Ranked full-text search across every collection",
  description:
    "Matches names, aliases, conditions and summaries; short terms (ALS, CD19) match exactly, longer ones also by prefix and with small typos. Each hit names its collection and API path.",
  request: { query: SearchQuery },
  responses: {
    200: {
      description: "Hits, best first.",
      headers: cacheHeaders,
      content: { "application/json": { schema: SearchResponse } },
    },
    ...problemResponses,
  },
});

function searchErrors(deps: RouteDeps, c: Context): QueryError[] {
  const raw = rawQuery(c);
  const repeated = repeatedParams(raw);
  if (repeated.length > 0) return repeated;
  const parsed = SearchQuery.safeParse(raw);
  if (parsed.success) return [];
  try {
    deps.atlas.search(raw as never);
  } catch (error) {
    if (error instanceof QueryError) return [error];
    throw error;
  }
  return [new QueryError("(query)", "is not valid")];
}

export function registerSearch(app: ApiApp, deps: RouteDeps): void {
  app.openapi(
    searchRoute,
    ((c: Context) => {
      const errors = searchErrors(deps, c);
      if (errors.length > 0) return problemResponse(invalidParameters(errors, pathAndQuery(c.req.url)));
      const hits = deps.atlas.search(rawQuery(c) as never);
      return json({
        data: hits.map((h) => ({ ...h, href: `/v1/${h.collection}/${encodeURIComponent(h.id)}` })),
        meta: { count: hits.length, dataVersion: deps.dataVersion },
      });
    }) as never,
    ((result: { success: boolean }, c: Context) => {
      if (result.success) return undefined;
      const errors = searchErrors(deps, c);
      return problemResponse(
        invalidParameters(
          errors.length > 0 ? errors : [new QueryError("(query)", "is not valid")],
          pathAndQuery(c.req.url),
        ),
      );
    }) as never,
  );
}
