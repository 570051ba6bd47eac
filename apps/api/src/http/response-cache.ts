import { negotiateLocale } from "@cell-atlas/content/i18n";
import type { MiddlewareHandler } from "hono";
import { bodyBytes } from "./body.ts";
import { etagOf } from "./etag.ts";
import { cacheControlFor } from "./headers.ts";
import { preferredFormat } from "./negotiate.ts";
import { pathAndQuery } from "./request.ts";

/** A finished response, kept as bytes so a repeat costs a map lookup. */
interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
}

const CACHEABLE = new Set([200, 301, 400, 404]);

/**
 * The dataset never changes while the process runs, so a GET's response depends only on its path,
 * query string, negotiated format and negotiated language. Entries are evicted oldest-first past `maxEntries` or
 * `maxBytes` in total, so random URLs cannot grow memory without bound.
 */
export class ResponseCache {
  readonly #entries = new Map<string, CachedResponse>();
  #bytes = 0;

  constructor(
    readonly maxEntries = 5000,
    readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get(key: string): CachedResponse | undefined {
    return this.#entries.get(key);
  }

  set(key: string, entry: CachedResponse): void {
    // One entry may take at most a quarter of the budget, so a few big ones cannot flush the rest.
    if (this.maxEntries <= 0 || entry.body.byteLength > this.maxBytes / 4) return;
    this.#delete(key);
    this.#entries.set(key, entry);
    this.#bytes += entry.body.byteLength;
    while (this.#entries.size > this.maxEntries || this.#bytes > this.maxBytes) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#delete(oldest);
    }
  }

  #delete(key: string): void {
    const old = this.#entries.get(key);
    if (!old) return;
    this.#bytes -= old.body.byteLength;
    this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}

const toResponse = (entry: CachedResponse) =>
  // 301 and 204 carry no body, and a Response refuses one for 204.
  new Response(entry.body.byteLength > 0 ? entry.body : null, { status: entry.status, headers: entry.headers });

/**
 * Gives each finished response its ETag (of the exact bytes) and Cache-Control, and keeps GET
 * responses so a repeat is a lookup. hono/etag, outside it, answers If-None-Match for cached and
 * fresh responses alike.
 */
export function cachedResponses(cache: ResponseCache): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    const key =
      method === "GET" || method === "HEAD"
        ? // Labels follow Accept-Language, so the negotiated language is part of the key too.
          `${preferredFormat(c.req.header("accept"))} ${negotiateLocale(c.req.header("accept-language"))} ${pathAndQuery(c.req.url)}`
        : "";
    const hit = key ? cache.get(key) : undefined;
    if (hit) return toResponse(hit);

    await next();
    const res = c.res;
    const body = await bodyBytes(res);
    const headers = new Headers(res.headers);
    if (!headers.has("cache-control")) headers.set("cache-control", cacheControlFor(res.status));
    if (res.status === 200) headers.set("etag", etagOf(body));
    const entry: CachedResponse = { status: res.status, headers: [...headers], body };
    if (key && CACHEABLE.has(res.status) && !headers.get("cache-control")?.includes("no-store")) cache.set(key, entry);
    // Reset first so Hono does not merge the old response's headers into the new one.
    c.res = undefined;
    c.res = toResponse(entry);
  };
}
