import { describe, expect, it } from "vitest";
import { etagOf } from "./etag.ts";
import { preferredFormat } from "./negotiate.ts";
import { RateLimiter } from "./rate-limit.ts";
import { ResponseCache } from "./response-cache.ts";

describe("preferredFormat", () => {
  it.each([
    [undefined, "json"],
    ["*/*", "json"],
    ["application/json", "json"],
    ["text/csv", "csv"],
    ["text/csv, application/json", "json"],
    ["text/csv;q=1, application/json;q=0.5", "csv"],
    ["application/json;q=0.1, text/csv", "csv"],
    ["text/csv;q=0", "json"],
    ["text/html, */*;q=0.8", "json"],
  ] as const)("%s → %s", (accept, format) => {
    expect(preferredFormat(accept)).toBe(format);
  });
});

describe("ETags", () => {
  it("are strong, stable for equal bytes and differ for different bytes", () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const a = etagOf(bytes("abc"));
    expect(a).toMatch(/^"[0-9a-f]{24}"$/);
    expect(etagOf(bytes("abc"))).toBe(a);
    expect(etagOf(bytes("abd"))).not.toBe(a);
    expect(etagOf(bytes(""))).not.toBe(etagOf(bytes("\u0000")));
    // Distinct for many near-identical bodies (page 1, page 2, …).
    const tags = new Set(Array.from({ length: 5000 }, (_, i) => etagOf(bytes(`{"page":${i}}`))));
    expect(tags.size).toBe(5000);
  });
});

describe("RateLimiter", () => {
  it("counts per client per fixed window and forgets at the next window", () => {
    let now = 60_000;
    const limiter = new RateLimiter({ limit: 2, windowSeconds: 60 }, () => now);
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("a").allowed).toBe(true);
    const third = limiter.take("a");
    expect(third.allowed).toBe(false);
    expect(third.remaining).toBe(0);
    expect(third.resetSeconds).toBe(60);
    expect(limiter.take("b").allowed).toBe(true);
    now += 30_000;
    expect(limiter.take("a").resetSeconds).toBe(30);
    now += 30_000;
    expect(limiter.take("a").allowed).toBe(true);
  });
});

describe("ResponseCache", () => {
  const entry = (n: number) => ({ status: 200, headers: [] as [string, string][], body: new Uint8Array(n) });

  it("evicts the oldest entries past its count and skips oversized bodies", () => {
    const cache = new ResponseCache(2, 40);
    cache.set("a", entry(1));
    cache.set("b", entry(1));
    cache.set("c", entry(1));
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("b")).toBeDefined();
    expect(cache.get("c")).toBeDefined();
    cache.set("big", entry(11));
    expect(cache.get("big")).toBeUndefined();
    expect(cache.size).toBe(2);
  });

  it("keeps its total bytes within budget", () => {
    const cache = new ResponseCache(100, 40);
    for (let i = 0; i < 10; i++) cache.set(`k${i}`, entry(10));
    expect(cache.size).toBe(4);
    expect(cache.get("k5")).toBeUndefined();
    expect(cache.get("k6")).toBeDefined();
    // Replacing an entry frees its old bytes first, so nothing else is evicted.
    cache.set("k9", entry(5));
    expect(cache.size).toBe(4);
    expect(cache.get("k6")).toBeDefined();
  });

  it("stores nothing when its size is zero", () => {
    const cache = new ResponseCache(0);
    cache.set("a", entry(1));
    expect(cache.get("a")).toBeUndefined();
  });
});
