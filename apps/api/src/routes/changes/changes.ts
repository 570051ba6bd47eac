import { type ChangeLog, ChangesQuery, Change as ContentChange, QueryError, Release } from "@cell-atlas/content";
import { createRoute, z } from "@hono/zod-openapi";
import { invalidParameters, problemResponse } from "../../http/problem.ts";
import { nextLink, pathAndQuery, problemHook } from "../../http/request.ts";
import { cacheHeaders, listHeaders, problemResponses } from "../../openapi/responses.ts";
import { ListMeta, NoParams } from "../../openapi/schemas.ts";
import { type ApiApp, json, type RouteDeps } from "../deps.ts";

const ReleasedChange = ContentChange.extend({
  release: z.string().describe("The release that made the change."),
  date: z.string().describe("The day of that release."),
}).openapi("ReleasedChange");

const ReleaseSummary = Release.omit({ changes: true }).openapi("Release");

export const changesRoute = createRoute({
  method: "get",
  path: "/v1/changes",
  operationId: "listChanges",
  tags: ["changes"],
  summary: "What changed in the data, release by release",
  description:
    "Every record added, removed, renamed or changed by each data release, newest first, with each changed field old → new. `since` takes a date (changes in releases made on or after it) or a release version (changes after it). Paged like the lists.",
  request: { query: ChangesQuery },
  responses: {
    200: {
      description: "A page of changes.",
      headers: listHeaders,
      content: { "application/json": { schema: z.object({ data: z.array(ReleasedChange), meta: ListMeta }) } },
    },
    ...problemResponses,
  },
});

export const releasesRoute = createRoute({
  method: "get",
  path: "/v1/releases",
  operationId: "listReleases",
  tags: ["changes"],
  summary: "Every data release, newest first",
  description:
    "Each release's version, date, the release it was compared with, record counts and how many records it changed.",
  request: { query: NoParams },
  responses: {
    200: {
      description: "The releases.",
      headers: cacheHeaders,
      content: { "application/json": { schema: z.object({ data: z.array(ReleaseSummary) }) } },
    },
    ...problemResponses,
  },
});

export function registerChanges(app: ApiApp, deps: RouteDeps): void {
  app.openapi(
    changesRoute,
    (c) => {
      let page: ReturnType<ChangeLog["list"]>;
      try {
        page = deps.changes.list(c.req.valid("query"));
      } catch (error) {
        if (error instanceof QueryError) return problemResponse(invalidParameters([error], pathAndQuery(c.req.url)));
        throw error;
      }
      const headers: Record<string, string> = { "x-total-count": String(page.total) };
      if (page.nextCursor) headers.link = nextLink(c, page.nextCursor);
      return json(
        { data: page.data, meta: { total: page.total, nextCursor: page.nextCursor, dataVersion: deps.dataVersion } },
        headers,
      );
    },
    problemHook(ChangesQuery),
  );
  app.openapi(releasesRoute, () => json({ data: deps.changes.releases() }), problemHook(NoParams));
}
