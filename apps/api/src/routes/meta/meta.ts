import { COLLECTIONS } from "@cell-atlas/content";
import { createRoute } from "@hono/zod-openapi";
import { Scalar } from "@scalar/hono-api-reference";
import type { Context, Next } from "hono";
import { textResponse } from "../../http/body.ts";
import { problem, problemResponse } from "../../http/problem.ts";
import { problemHook } from "../../http/request.ts";
import { problemResponses } from "../../openapi/responses.ts";
import { Health, NoParams } from "../../openapi/schemas.ts";
import { type ApiApp, json, type RouteDeps } from "../deps.ts";

export const healthRoute = createRoute({
  method: "get",
  path: "/health",
  operationId: "health",
  tags: ["meta"],
  summary: "Liveness, and which data this instance serves",
  request: { query: NoParams },
  responses: {
    200: { description: "The API is up.", content: { "application/json": { schema: Health } } },
    ...problemResponses,
  },
});

/** Scalar's UI needs inline scripts and styles; everything else stays same-origin. */
const DOCS_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'";

export interface MetaOptions {
  /** Scalar's standalone bundle (@scalar/api-reference dist/browser/standalone.js), served at /docs/scalar.js. */
  docsScript?: string | Uint8Array;
  /** The OpenAPI document, serialised once. */
  openapiJson: () => string;
}

export function registerMeta(app: ApiApp, deps: RouteDeps, options: MetaOptions): void {
  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, deps.atlas.dataset[c].length]));
  app.openapi(
    healthRoute,
    () => json({ status: "ok", dataVersion: deps.dataVersion, counts }, { "cache-control": "no-store" }),
    problemHook(NoParams),
  );

  app.get("/openapi.json", (c) => {
    if (c.req.url.includes("?")) return unexpectedQuery(c);
    return textResponse(options.openapiJson(), { headers: { "content-type": "application/json; charset=utf-8" } });
  });

  const scalar = Scalar({
    url: "/openapi.json",
    cdn: "/docs/scalar.js",
    pageTitle: "Cell Therapy Atlas API",
    // Offline and private: no web fonts, telemetry or hosted AI/MCP features.
    withDefaultFonts: false,
    telemetry: false,
    agent: { disabled: true },
    mcp: { disabled: true },
    showDeveloperTools: "never",
    documentDownloadType: "json",
  });
  app.get("/docs", async (c: Context, next: Next) => {
    const res = await scalar(c, next);
    const out = res ?? c.res;
    const headers = new Headers(out.headers);
    headers.set("content-security-policy", DOCS_CSP);
    return new Response(await out.text(), { status: out.status, headers });
  });

  app.get("/docs/scalar.js", () => {
    if (!options.docsScript) {
      return problemResponse(
        problem("not-found", 404, "This deployment was started without the docs UI script; /openapi.json has the API."),
      );
    }
    return new Response(options.docsScript, {
      headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=86400" },
    });
  });
}

function unexpectedQuery(c: Context): Response {
  return problemResponse(
    problem("invalid-parameter", 400, "This route takes no query parameters.", { instance: c.req.path }),
  );
}
