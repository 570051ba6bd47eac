import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { get, testApi } from "./helpers.ts";

const ROUTES = [
  "/v1/therapies",
  "/v1/organizations",
  "/v1/countries",
  "/v1/trials",
  "/v1/events",
  "/v1/search?q=cell",
  "/v1/stats",
  "/v1/dataset",
  "/openapi.json",
  "/health",
];

describe("caching headers", () => {
  it.each(ROUTES)("%s has a strong ETag and answers 304 to If-None-Match", async (url) => {
    const first = await get(url);
    expect(first.status).toBe(200);
    const etag = first.res.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]{24}"$/);
    expect(first.res.headers.get("cache-control")).toBeTruthy();
    const again = await get(url, { "if-none-match": etag! });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    expect(again.res.headers.get("etag")).toBe(etag);
    const weak = await get(url, { "if-none-match": `"other", W/${etag}` });
    expect(weak.status).toBe(304);
    const stale = await get(url, { "if-none-match": '"0000"' });
    expect(stale.status).toBe(200);
    expect(stale.text).toBe(first.text);
  });

  it("the ETag changes when the bytes do", async () => {
    const a = await get("/v1/therapies?limit=1");
    const b = await get("/v1/therapies?limit=1&format=csv");
    expect(a.res.headers.get("etag")).not.toBe(b.res.headers.get("etag"));
  });

  it("a cached answer is byte-identical to a freshly computed one", async () => {
    const fresh = createApp({ rateLimit: false });
    for (const url of ROUTES) {
      const cached = await get(url);
      const computed = await get(url, {}, fresh);
      expect(computed.text, url).toBe(cached.text);
      expect(computed.res.headers.get("etag"), url).toBe(cached.res.headers.get("etag"));
    }
  });

  it("health is never cached", async () => {
    const { res } = await get("/health");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});

describe("CORS and secure headers", () => {
  it.each(ROUTES)("%s is readable cross-origin and carries secure headers", async (url) => {
    const { res } = await get(url, { origin: "https://example.org" });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-expose-headers")).toContain("ETag");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("default-src");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("answers a preflight for GET", async () => {
    const res = await testApi().app.request("/v1/therapies", {
      method: "OPTIONS",
      headers: { origin: "https://example.org", "access-control-request-method": "GET" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toContain("GET");
  });

  it("HEAD has the headers of GET and no body", async () => {
    const res = await testApi().app.request("/v1/therapies", { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBeTruthy();
    expect(await res.text()).toBe("");
  });
});

describe("rate limit", () => {
  it("answers 429 problem+json with Retry-After once a client spends its budget, per client", async () => {
    const api = createApp({ rateLimit: { limit: 3, windowSeconds: 60 } });
    const from = (ip: string) => ({ "cf-connecting-ip": ip });
    for (let i = 0; i < 3; i++) expect((await get("/v1/stats", from("192.0.2.1"), api)).status).toBe(200);
    const limited = await get("/v1/stats", from("192.0.2.1"), api);
    expect(limited.status).toBe(429);
    expect(limited.res.headers.get("content-type")).toBe("application/problem+json");
    expect(Number(limited.res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.res.headers.get("cache-control")).toBe("no-store");
    expect(limited.body.type).toBe("urn:cell-atlas:problem:rate-limited");
    expect((await get("/v1/stats", from("192.0.2.2"), api)).status).toBe(200);
  });

  it("is off when configured off", async () => {
    const api = createApp({ rateLimit: false });
    for (let i = 0; i < 50; i++) expect((await get("/health", {}, api)).status).toBe(200);
  });
});
