import type { RateLimitOptions } from "./http/rate-limit.ts";

export interface ServerConfig {
  port: number;
  host: string;
  rateLimit: RateLimitOptions | false;
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
  /** Finished GET responses kept in memory; 0 turns the cache off. */
  cacheEntries: number;
}

export class ConfigError extends Error {}

function integer(env: Record<string, string | undefined>, name: string, fallback: number, min: number, max: number) {
  const text = env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}=${text} is not valid: use a whole number from ${min} to ${max}.`);
  }
  return value;
}

/**
 * PORT (8787), HOST (127.0.0.1; use 0.0.0.0 in a container), RATE_LIMIT requests per client per
 * window (600; 0 turns it off), RATE_LIMIT_WINDOW seconds (60), TRUST_PROXY (1 to trust X-Forwarded-For),
 * RESPONSE_CACHE entries (5000; 0 turns it off).
 */
export function configFromEnv(env: Record<string, string | undefined>): ServerConfig {
  const limit = integer(env, "RATE_LIMIT", 600, 0, 1_000_000);
  const windowSeconds = integer(env, "RATE_LIMIT_WINDOW", 60, 1, 86_400);
  return {
    port: integer(env, "PORT", 8787, 0, 65_535),
    host: env.HOST || "127.0.0.1",
    rateLimit: limit === 0 ? false : { limit, windowSeconds },
    trustProxy: env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true",
    cacheEntries: integer(env, "RESPONSE_CACHE", 5000, 0, 1_000_000),
  };
}
