import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";

/** Open CORS for reading: the API serves public data to any page. */
export const openCors = () =>
  cors({
    origin: "*",
    allowMethods: ["GET", "HEAD", "OPTIONS"],
    allowHeaders: ["Accept", "If-None-Match", "Content-Type"],
    exposeHeaders: [
      "ETag",
      "Link",
      "X-Total-Count",
      "Retry-After",
      "RateLimit-Limit",
      "RateLimit-Remaining",
      "RateLimit-Reset",
    ],
    maxAge: 86400,
  });

/**
 * Secure defaults for an API that serves data, never pages. A route that serves a page (/docs)
 * sets its own Content-Security-Policy, which is kept.
 */
export const apiSecureHeaders = () =>
  secureHeaders({
    overwrite: false,
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    crossOriginResourcePolicy: "cross-origin",
    crossOriginOpenerPolicy: false,
    xFrameOptions: "DENY",
    strictTransportSecurity: "max-age=31536000; includeSubDomains",
  });

/** Cache-Control by outcome: data for five minutes, errors briefly, rate limits and health never. */
export function cacheControlFor(status: number): string {
  if (status === 200 || status === 304) return "public, max-age=300, stale-while-revalidate=3600";
  if (status === 301) return "public, max-age=86400";
  if (status === 400 || status === 404) return "public, max-age=60";
  return "no-store";
}
