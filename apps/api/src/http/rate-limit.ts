import type { Context, MiddlewareHandler } from "hono";
import { problem, problemResponse } from "./problem.ts";
import { pathAndQuery } from "./request.ts";

export interface RateLimitOptions {
  /** Requests each client may make per window. */
  limit: number;
  windowSeconds: number;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

/**
 * Fixed-window counter per client, in memory. Per process (or per isolate on workerd): a first
 * line of defence, not a global quota; put a CDN rule in front for that.
 */
export class RateLimiter {
  #windowStart = 0;
  #counts = new Map<string, number>();

  constructor(
    readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {}

  take(client: string): RateDecision {
    const windowMs = this.options.windowSeconds * 1000;
    const t = this.now();
    if (t - this.#windowStart >= windowMs) {
      // A new window forgets every client, which also bounds memory.
      this.#windowStart = t - (t % windowMs);
      this.#counts = new Map();
    }
    const count = (this.#counts.get(client) ?? 0) + 1;
    this.#counts.set(client, count);
    return {
      allowed: count <= this.options.limit,
      limit: this.options.limit,
      remaining: Math.max(0, this.options.limit - count),
      resetSeconds: Math.max(1, Math.ceil((this.#windowStart + windowMs - t) / 1000)),
    };
  }
}

export type ClientKey = (c: Context) => string;

/** Per-client request budget; the outermost step, so every answer, cached or not, counts. */
export function rateLimit(limiter: RateLimiter, clientKey: ClientKey): MiddlewareHandler {
  return async (c, next) => {
    const decision = limiter.take(clientKey(c));
    if (decision.allowed) return next();
    const body = problem(
      "rate-limited",
      429,
      `At most ${decision.limit} requests per client per window; retry in ${decision.resetSeconds} s.`,
      { instance: pathAndQuery(c.req.url) },
    );
    return problemResponse(body, {
      "cache-control": "no-store",
      "retry-after": String(decision.resetSeconds),
      "ratelimit-limit": String(decision.limit),
      "ratelimit-remaining": "0",
      "ratelimit-reset": String(decision.resetSeconds),
    });
  };
}
