import {
  COLLECTIONS,
  type CollectionName,
  closestIds,
  QueryError,
  queryParamSchemas,
  toCsv,
} from "@cell-atlas/content";
import type { Context } from "hono";
import { textResponse } from "../../http/body.ts";
import { badRequestHook } from "../../http/hook.ts";
import { preferredFormat } from "../../http/negotiate.ts";
import { invalidParameters, problem, problemResponse } from "../../http/problem.ts";
import { clarify, pathAndQuery, type RawQuery, rawQuery, repeatedParams } from "../../http/query.ts";
import { type ApiApp, json, type RouteDeps } from "../deps.ts";
import { listRoute, recordRoute } from "./routes.ts";

const FORMATS = ["json", "csv"] as const;

/** Everything wrong with a list query, using the content package's own parser for the filters. */
function listErrors(deps: RouteDeps, collection: CollectionName, raw: RawQuery): QueryError[] {
  const repeated = repeatedParams(raw);
  const { format, ...input } = raw;
  const errors = [...repeated];
  if (format !== undefined && !Array.isArray(format) && !FORMATS.includes(format as never)) {
    errors.push(new QueryError("format", "is not an allowed value", FORMATS.join(", ")));
  }
  const parsed = deps.atlas.parseQuery(collection, input);
  if (!parsed.ok) {
    const fresh = parsed.errors.filter((e) => !repeated.some((r) => r.param === e.param));
    errors.push(...clarify(fresh, queryParamSchemas[collection].shape));
  }
  return errors;
}

function nextLink(c: Context, cursor: string): string {
  const target = pathAndQuery(c.req.url);
  const q = target.indexOf("?");
  const params = new URLSearchParams(q < 0 ? "" : target.slice(q + 1));
  params.set("cursor", cursor);
  return `<${c.req.path}?${params}>; rel="next"`;
}

function listHandler(deps: RouteDeps, collection: CollectionName) {
  return (c: Context): Response => {
    // The route's zod validator has passed (listHook answers when it fails), so the query is clean.
    const raw = rawQuery(c);
    const instance = pathAndQuery(c.req.url);
    const { format, ...input } = raw as Record<string, string>;
    let page: ReturnType<typeof deps.atlas.list>;
    try {
      page = deps.atlas.list(collection, input);
    } catch (error) {
      // Only list() can tell that a cursor belongs to another query.
      if (error instanceof QueryError) return problemResponse(invalidParameters([error], instance));
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
  };
}

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

function recordHandler(deps: RouteDeps, collection: CollectionName) {
  return (c: Context): Response => {
    const id = c.req.param("id") ?? "";
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
  };
}

/** A failed zod check on a list or record route, answered with the content package's wording. */
function listHook(deps: RouteDeps, collection: CollectionName) {
  return (result: { success: boolean }, c: Context): Response | undefined => {
    if (result.success) return undefined;
    const errors = listErrors(deps, collection, rawQuery(c));
    return problemResponse(
      invalidParameters(
        errors.length > 0 ? errors : [new QueryError("(query)", "is not valid")],
        pathAndQuery(c.req.url),
      ),
    );
  };
}

export function registerCollections(app: ApiApp, deps: RouteDeps): void {
  for (const collection of COLLECTIONS) {
    app.openapi(listRoute(collection), listHandler(deps, collection) as never, listHook(deps, collection) as never);
    app.openapi(recordRoute(collection), recordHandler(deps, collection) as never, badRequestHook([]) as never);
  }
}
