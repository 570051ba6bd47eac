/**
 * Headers every response carries: open CORS for reading, and secure defaults for an API that
 * serves data, never pages (the /docs route sets its own, looser Content-Security-Policy).
 */
export const STATIC_HEADERS: Readonly<Record<string, string>> = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "ETag, Link, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "cross-origin-resource-policy": "cross-origin",
  "referrer-policy": "no-referrer",
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
};

export const CORS_PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  "access-control-allow-methods": "GET, HEAD, OPTIONS",
  "access-control-allow-headers": "Accept, If-None-Match, Content-Type",
  "access-control-max-age": "86400",
};

/** Cache-Control by outcome: data for five minutes, errors briefly, rate limits and health never. */
export function cacheControlFor(status: number): string {
  if (status === 200 || status === 304) return "public, max-age=300, stale-while-revalidate=3600";
  if (status === 301) return "public, max-age=86400";
  if (status === 400 || status === 404) return "public, max-age=60";
  return "no-store";
}
