import { describe, expect, it, vi } from "vitest";
import { get } from "../test/helpers.ts";
import { createApp } from "./app.ts";
import { warmCache, warmPaths, warmSearch } from "./warm.ts";

describe("warmCache", () => {
  it("precomputes every record and first page, byte-identical to computing them on demand", async () => {
    const warm = createApp({ rateLimit: { limit: 1, windowSeconds: 60 } });
    const count = await warmCache(warm);
    const paths = warmPaths(warm);
    expect(count).toBe(paths.length);
    expect(warm.cache.size).toBe(paths.length);

    const cold = createApp({ rateLimit: false });
    // The cache is shared with the rate-limited app; compare through a limit-free app over it.
    const reader = createApp({ rateLimit: false, cache: warm.cache });
    for (const path of paths) {
      const a = await get(path, {}, reader);
      const b = await get(path, {}, cold);
      expect(a.status, path).toBe(200);
      expect(a.text, path).toBe(b.text);
      expect(a.res.headers.get("etag"), path).toBe(b.res.headers.get("etag"));
    }
  });
});

describe("warmSearch", () => {
  it("builds the search index, so no client's first search waits for it", () => {
    const api = createApp({ rateLimit: false });
    const search = vi.spyOn(api.atlas, "search");
    warmSearch(api);
    expect(search).toHaveBeenCalledTimes(1);
    expect(api.atlas.search({ q: "car-t" }).length).toBeGreaterThan(0);
  });
});
