import { SearchQuery } from "@cell-atlas/content";
import { createRoute } from "@hono/zod-openapi";
import { problemHook } from "../../http/request.ts";
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
    "Matches names (also local names in Arabic, Persian, Turkish …), aliases, conditions and summaries, with Arabic and Persian letter forms, diacritics and Turkish dotted and dotless i folded together. Short terms (ALS, CD19) match exactly, longer ones also by prefix, and words of six letters or more with a small typo after their first two letters. Every word must match unless no record has them all. Each hit names its collection and API path.",
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

export function registerSearch(app: ApiApp, deps: RouteDeps): void {
  app.openapi(
    searchRoute,
    (c) => {
      const hits = deps.atlas.search(c.req.valid("query"));
      return json({
        data: hits.map((h) => ({ ...h, href: `/v1/${h.collection}/${encodeURIComponent(h.id)}` })),
        meta: { count: hits.length, dataVersion: deps.dataVersion },
      });
    },
    problemHook(SearchQuery),
  );
}
