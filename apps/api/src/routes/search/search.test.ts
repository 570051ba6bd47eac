import { COLLECTIONS, getAtlas } from "@cell-atlas/content";
import { describe, expect, it } from "vitest";
import { dataset, get } from "../../../test/helpers.ts";

describe("/v1/search", () => {
  it("finds every therapy and organization by its name, with collection and href", async () => {
    const named = [
      ...dataset.therapies.map((r) => ({ c: "therapies", id: r.id, q: r.name })),
      ...dataset.organizations.map((r) => ({ c: "organizations", id: r.id, q: r.name })),
    ];
    for (const { c, id, q } of named) {
      const { status, body } = await get(`/v1/search?q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
      const hit = body.data.find((h: { id: string; collection: string }) => h.id === id && h.collection === c);
      expect(hit, q).toBeDefined();
      expect(hit.href).toBe(`/v1/${c}/${id}`);
    }
  });

  it("ranks exactly as the content query module does, and honours collection and limit", async () => {
    const q = dataset.therapies[0]?.name ?? "cell";
    const direct = getAtlas().search({ q });
    const { body } = await get(`/v1/search?q=${encodeURIComponent(q)}`);
    expect(body.data.map((h: { id: string }) => h.id)).toEqual(direct.map((h) => h.id));
    expect(body.meta.count).toBe(direct.length);
    for (const collection of COLLECTIONS) {
      const only = await get(`/v1/search?q=${encodeURIComponent(q)}&collection=${collection}&limit=1`);
      expect(only.status).toBe(200);
      expect(only.body.data.length).toBeLessThanOrEqual(1);
      for (const h of only.body.data) expect(h.collection).toBe(collection);
    }
  });

  it.each([
    ["/v1/search", "q"],
    ["/v1/search?q=", "q"],
    [`/v1/search?q=${"a".repeat(201)}`, "q"],
    ["/v1/search?q=als&collection=genes", "collection"],
    ["/v1/search?q=als&limit=101", "limit"],
    ["/v1/search?q=als&page=2", "page"],
    ["/v1/search?q=als&q=car", "q"],
  ])("%s → 400 naming %s", async (url, param) => {
    const { status, body, res } = await get(url);
    expect(status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(body.param).toBe(param);
    expect(body.detail).toContain(`"${param}"`);
  });
});
