import type { MiddlewareHandler } from "hono";
import { bodyBytes } from "./body.ts";
import { etagMatches, etagOf } from "./etag.ts";
import { pathAndQuery } from "./query.ts";
import type { CachedResponse, ResponseCache } from "./response-cache.ts";
import { cacheControlFor, STATIC_HEADERS } from "./static-headers.ts";

const CACHEABLE = new Set([200, 301, 400, 404]);

/** Adds the headers every response carries, an ETag of the exact bytes, and Cache-Control. */
export async function finishResponse(res: Response): Promise<CachedResponse> {
  const body = await bodyBytes(res);
  const headers: Record<string, string> = { ...STATIC_HEADERS };
  res.headers.forEach((value, name) => {
    headers[name] = value;
  });
  headers["cache-control"] ??= cacheControlFor(res.status);
  const etag = etagOf(body);
  headers.etag = etag;
  headers["content-length"] = String(body.byteLength);
  return { status: res.status, headers, body, etag };
}

/** The entry as a Response, or a 304 when the client already holds these bytes. */
export function fromCache(entry: CachedResponse, ifNoneMatch: string | null | undefined): Response {
  if (entry.status === 200 && etagMatches(ifNoneMatch, entry.etag)) {
    const { "content-type": _type, "content-length": _length, ...headers } = entry.headers;
    return new Response(null, { status: 304, headers });
  }
  // 204 and 301 have no body, and a Response refuses one for 204.
  return new Response(entry.body.byteLength > 0 ? entry.body : null, { status: entry.status, headers: entry.headers });
}

export function isCacheable(entry: CachedResponse): boolean {
  return CACHEABLE.has(entry.status) && !entry.headers["cache-control"]?.includes("no-store");
}

/**
 * Outermost response step. A GET is answered from the cache when it can be; otherwise the route
 * runs and its finished response is stored. The dataset is immutable per process, so a cached
 * response is exactly what the route would produce again.
 */
export function finishResponses(cache: ResponseCache): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    const cacheable = method === "GET" || method === "HEAD";
    const key = cacheable ? cache.key(pathAndQuery(c.req.url), c.req.header("accept")) : "";
    const hit = cacheable ? cache.get(key) : undefined;
    if (hit) return fromCache(hit, c.req.header("if-none-match"));

    await next();
    const entry = await finishResponse(c.res);
    if (cacheable && isCacheable(entry)) cache.set(key, entry);
    // Reset first so Hono does not merge the old response's headers into the new one.
    c.res = undefined;
    c.res = fromCache(entry, c.req.header("if-none-match"));
  };
}
