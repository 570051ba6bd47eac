import { createRoute } from "@hono/zod-openapi";
import { problemHook } from "../../http/request.ts";
import { cacheHeaders, problemResponses } from "../../openapi/responses.ts";
import { NoParams, StatsResponse } from "../../openapi/schemas.ts";
import { type ApiApp, json, type RouteDeps } from "../deps.ts";

export const statsRoute = createRoute({
  method: "get",
  path: "/v1/stats",
  operationId: "stats",
  tags: ["stats"],
  summary: "Counts by area, modality, stage, country, year and evidence level",
  description:
    "A therapy counts once in every area any of its indications belongs to; stages are each therapy's furthest. `trials` counts registered trials by country, area, phase, status and start year (`cube` has every combination); `evidence` counts facts by how they are sourced.",
  request: { query: NoParams },
  responses: {
    200: { description: "Counts.", headers: cacheHeaders, content: { "application/json": { schema: StatsResponse } } },
    ...problemResponses,
  },
});

export function registerStats(app: ApiApp, deps: RouteDeps): void {
  app.openapi(
    statsRoute,
    () => json({ data: deps.atlas.stats(), meta: { dataVersion: deps.dataVersion } }),
    problemHook(NoParams),
  );
}
