import { COLLECTIONS } from "@cell-atlas/content";
import { describe, expect, it } from "vitest";
import { dataset, get } from "../../../test/helpers.ts";

describe("/v1/dataset", () => {
  it("is the whole built dataset", async () => {
    const { status, body } = await get("/v1/dataset");
    expect(status).toBe(200);
    expect(body).toEqual(dataset);
  });

  it.each(COLLECTIONS)("collection=%s narrows it to meta and that collection", async (collection) => {
    const { body } = await get(`/v1/dataset?collection=${collection}`);
    expect(Object.keys(body).sort()).toEqual(["meta", collection].sort());
    expect(body[collection]).toEqual(dataset[collection]);
  });

  it.each([
    ["/v1/dataset?format=csv", "collection"],
    ["/v1/dataset?format=xml", "format"],
    ["/v1/dataset?collection=genes", "collection"],
    ["/v1/dataset?limit=5", "limit"],
  ])("%s → 400 naming %s", async (url, param) => {
    const { status, body } = await get(url);
    expect(status).toBe(400);
    expect(body.param).toBe(param);
  });
});
