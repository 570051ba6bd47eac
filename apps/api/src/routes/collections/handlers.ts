import { COLLECTIONS, type CollectionName, closestIds, QueryError, toCsv } from "@cell-atlas/content";
import { textResponse } from "../../http/body.ts";
import { preferredFormat } from "../../http/negotiate.ts";
import { invalidParameters, problem, problemResponse } from "../../http/problem.ts";
import { nextLink, pathAndQuery, problemHook } from "../../http/request.ts";
import { type ApiApp, json, type RouteDeps } from "../deps.ts";
import { IdParams, listQuery, listRoute, recordRoute } from "./routes.ts";

function notFound(deps: RouteDeps, collection: CollectionName, id: string, instance: string): Response {
  const suggestions = closestIds(id, deps.atlas.ids(collection));
  const elsewhere = deps.atlas
    .find(id)
    .filter((f) => f.collection !== collection)
    .map((f) => `/v1/${f.collection}/${f.record.id}`);
  const hints = [
    suggestions.length > 0 ? `Did you mean ${suggestions.map((s) => `"${s}"`).join(", ")}?` : "",
    elsewhere.length > 0 ? `A record with this id exists at ${elsewhere.join(", ")}.` : "",
    `GET /v1/${collection} lists every id.`,
  ].filter(Boolean);
  const body = problem("not-found", 404, `No ${collection} record has the id "${id}". ${hints.join(" ")}`, {
    instance,
    param: "id",
    suggestions,
  });
  return problemResponse(body);
}

function registerCollection(app: ApiApp, deps: RouteDeps, collection: CollectionName): void {
  app.openapi(
    listRoute(collection),
    (c) => {
      // Validated once by the route's schema, which is the content package's query schema.
      const { format, ...params } = c.req.valid("query");
      let page: ReturnType<typeof deps.atlas.listParsed>;
      try {
        page = deps.atlas.listParsed(collection, params as never);
      } catch (error) {
        // Only the query module can tell that a cursor belongs to another query.
        if (error instanceof QueryError) return problemResponse(invalidParameters([error], pathAndQuery(c.req.url)));
        throw error;
      }
      const headers: Record<string, string> = { vary: "Accept", "x-total-count": String(page.total) };
      if (page.nextCursor) headers.link = nextLink(c, page.nextCursor);
      if ((format ?? preferredFormat(c.req.header("accept"))) === "csv") {
        return textResponse(toCsv(collection, page.data), {
          headers: { ...headers, "content-type": "text/csv; charset=utf-8; header=present" },
        });
      }
      return json(
        { data: page.data, meta: { total: page.total, nextCursor: page.nextCursor, dataVersion: deps.dataVersion } },
        headers,
      );
    },
    problemHook(listQuery(collection)),
  );

  app.openapi(
    recordRoute(collection),
    (c) => {
      const { id } = c.req.valid("param");
      const record = deps.atlas.get(collection, id);
      if (record) {
        return json({
          data: record,
          related: deps.atlas.related(collection, id),
          meta: { dataVersion: deps.dataVersion },
        });
      }
      // Renamed records keep their old ids; registry ids are often typed in upper case.
      const lower = id.toLowerCase();
      const current =
        deps.atlas.currentId(collection, id) ??
        (lower !== id && deps.atlas.get(collection, lower) ? lower : deps.atlas.currentId(collection, lower));
      const target = pathAndQuery(c.req.url);
      if (current) {
        const q = target.indexOf("?");
        const location = `/v1/${collection}/${encodeURIComponent(current)}${q < 0 ? "" : target.slice(q)}`;
        return new Response(null, { status: 301, headers: { location } });
      }
      return notFound(deps, collection, id, target);
    },
    problemHook(IdParams(collection)),
  );
}

export function registerCollections(app: ApiApp, deps: RouteDeps): void {
  for (const collection of COLLECTIONS) registerCollection(app, deps, collection);
}
