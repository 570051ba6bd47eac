import type { Context, MiddlewareHandler } from "hono";
import { problem, problemResponse } from "./problem.ts";
import { pathAndQuery } from "./query.ts";
import type { RateDecision, RateLimiter } from "./rate-limit.ts";
import { STATIC_HEADERS } from "./static-headers.ts";

export type ClientKey = (c: Context) => string;

export function tooManyRequests(decision: RateDecision, instance: string): Response {
  const body = problem(
    "rate-limited",
    429,
    `At most ${decision.limit} requests per client per window; retry in ${decision.resetSeconds} s.`,
    { instance },
  );
  return problemResponse(body, {
    ...STATIC_HEADERS,
    "cache-control": "no-store",
    "retry-after": String(decision.resetSeconds),
    "ratelimit-limit": String(decision.limit),
    "ratelimit-remaining": "0",
    "ratelimit-reset": String(decision.resetSeconds),
  });
}

/** Per-client request budget; runs before the cache so cached answers count too. */
export function rateLimit(limiter: RateLimiter, clientKey: ClientKey): MiddlewareHandler {
  return async (c, next) => {
    const decision = limiter.take(clientKey(c));
    if (!decision.allowed) return tooManyRequests(decision, pathAndQuery(c.req.url));
    await next();
  };
}
