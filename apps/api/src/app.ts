import { type Atlas, type ChangeLog, getAtlas, getChangeLog } from "@cell-atlas/content";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { etag } from "hono/etag";
import { apiSecureHeaders, openCors } from "./http/headers.ts";
import { problem, problemResponse } from "./http/problem.ts";
import { type ClientKey, RateLimiter, type RateLimitOptions, rateLimit } from "./http/rate-limit.ts";
import { pathAndQuery } from "./http/request.ts";
import { cachedResponses, ResponseCache } from "./http/response-cache.ts";
import { openapiDocument } from "./openapi/document.ts";
import { registerChanges } from "./routes/changes/changes.ts";
import { registerCollections } from "./routes/collections/handlers.ts";
import { registerDataset } from "./routes/dataset/dataset.ts";
import { registerLabels } from "./routes/labels/labels.ts";
import { registerMeta } from "./routes/meta/meta.ts";
import { registerSearch } from "./routes/search/search.ts";
import { registerStats } from "./routes/stats/stats.ts";

export interface AppOptions {
  /** Defaults to the content package's built dataset. */
  atlas?: Atlas;
  /** Defaults to the content package's committed data releases. */
  changes?: ChangeLog;
  /** Per-client budget; false turns it off (tests, benchmarks). */
  rateLimit?: RateLimitOptions | false;
  /** Who a request comes from, for the rate limit. Each runtime knows best (socket address, CF header). */
  clientKey?: ClientKey;
  /** Scalar's standalone bundle, served at /docs/scalar.js so /docs works offline. */
  docsScript?: string | Uint8Array;
  /** Finished GET responses; pass maxEntries 0 to disable. */
  cache?: ResponseCache;
}

export interface Api {
  app: OpenAPIHono;
  atlas: Atlas;
  fetch: OpenAPIHono["fetch"];
  cache: ResponseCache;
}

const ALLOWED_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The whole API as one Hono app, wired here in one visible place. Every request takes the same
 * path: rate limit → conditional request (hono/etag) → response cache → CORS → secure headers →
 * route. The cache keeps finished responses (CORS and security headers included), so a repeat
 * stops there. Runtime-agnostic: no disk, no sockets.
 */
export function createApp(options: AppOptions = {}): Api {
  const atlas = options.atlas ?? getAtlas();
  const deps = { atlas, changes: options.changes ?? getChangeLog(), dataVersion: atlas.dataset.meta.dataVersion };
  const cache = options.cache ?? new ResponseCache();
  const clientKey = options.clientKey ?? ((c: Context) => c.req.header("cf-connecting-ip") ?? "unknown");

  const app = new OpenAPIHono({ strict: true });
  if (options.rateLimit) app.use(rateLimit(new RateLimiter(options.rateLimit), clientKey));
  app.use(etag());
  app.use(cachedResponses(cache));
  app.use(openCors());
  app.use(apiSecureHeaders());

  registerCollections(app, deps);
  registerSearch(app, deps);
  registerStats(app, deps);
  registerLabels(app, deps);
  registerDataset(app, deps);
  registerChanges(app, deps);
  let openapiJson: string | undefined;
  registerMeta(app, deps, {
    docsScript: options.docsScript,
    openapiJson: () => {
      openapiJson ??= JSON.stringify(openapiDocument(app));
      return openapiJson;
    },
  });
  app.get("/", (c) => c.redirect("/docs", 302));

  app.notFound((c) => {
    const instance = pathAndQuery(c.req.url);
    if (!ALLOWED_METHODS.has(c.req.method)) {
      return problemResponse(
        problem("method-not-allowed", 405, `${c.req.method} is not supported; this API is read-only (GET, HEAD).`, {
          instance,
        }),
        { allow: "GET, HEAD, OPTIONS" },
      );
    }
    return problemResponse(
      problem(
        "not-found",
        404,
        `No route matches ${c.req.path}. Routes: /v1/{therapies,organizations,countries,trials,events}[/{id}], /v1/search, /v1/stats, /v1/labels, /v1/changes, /v1/releases, /v1/dataset, /openapi.json, /docs, /health.`,
        { instance },
      ),
    );
  });

  app.onError((error, c) => {
    console.error(error);
    return problemResponse(
      problem("internal-error", 500, "The server failed to answer this request; it has been logged.", {
        instance: pathAndQuery(c.req.url),
      }),
    );
  });

  return { app, atlas, fetch: app.fetch, cache };
}
