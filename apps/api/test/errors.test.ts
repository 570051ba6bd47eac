import { COLLECTIONS } from "@cell-atlas/content";
import { describe, expect, it } from "vitest";
import { get } from "./helpers.ts";

const cursorOf = async (url: string) => (await get(url)).body.meta.nextCursor as string | null;

describe("bad input answers 400 problem+json naming the parameter", () => {
  const cases: [string, string][] = [
    ["/v1/therapies?area=cancr", "area"],
    ["/v1/therapies?modality=car_t", "modality"],
    ["/v1/therapies?stage=phase-9", "stage"],
    ["/v1/therapies?status=paused", "status"],
    ["/v1/therapies?cellSource=xenogeneic", "cellSource"],
    ["/v1/therapies?country=Saudi%20Arabia", "country"],
    ["/v1/therapies?organization=", "organization"],
    ["/v1/therapies?sort=price", "sort"],
    ["/v1/therapies?limit=0", "limit"],
    ["/v1/therapies?limit=101", "limit"],
    ["/v1/therapies?limit=1e308", "limit"],
    ["/v1/therapies?limit=2.5", "limit"],
    ["/v1/therapies?limit=ten", "limit"],
    ["/v1/therapies?limit=99999999999999999999999", "limit"],
    ["/v1/therapies?cursor=not-a-cursor", "cursor"],
    ["/v1/therapies?cursor=eyJvIjotMSwiayI6IngifQ", "cursor"],
    [`/v1/therapies?cursor=${"A".repeat(5000)}`, "cursor"],
    [`/v1/therapies?q=${"x".repeat(10_000)}`, "q"],
    ["/v1/therapies?q=%20%20", "q"],
    ["/v1/therapies?format=xml", "format"],
    ["/v1/therapies?colour=blue", "colour"],
    ["/v1/therapies?area=cancer&area=autoimmune", "area"],
    ["/v1/countries?oicMember=maybe", "oicMember"],
    ["/v1/countries?region=atlantis", "region"],
    ["/v1/organizations?kind=pharma", "kind"],
    ["/v1/trials?phase=phase-5", "phase"],
    ["/v1/trials?registry=who", "registry"],
    ["/v1/events?from=2020-13", "from"],
    ["/v1/events?to=yesterday", "to"],
    ["/v1/events?kind=party", "kind"],
    [`/v1/therapies/${"x".repeat(101)}`, "id"],
    ["/v1/therapies/nurown?expand=all", "expand"],
  ];

  it.each(cases)("%s → %s", async (url, param) => {
    const { status, body, res } = await get(url);
    expect(status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(body.type).toBe("urn:cell-atlas:problem:invalid-parameter");
    expect(body.status).toBe(400);
    expect(body.param).toBe(param);
    expect(body.detail).toContain(`"${param}"`);
    expect(body.errors.map((e: { param: string }) => e.param)).toContain(param);
  });

  it("an enum error lists the allowed values", async () => {
    const { body } = await get("/v1/therapies?area=cancr");
    expect(body.allowed).toContain("cancer");
    expect(body.detail).toContain("cancer, autoimmune");
  });

  it("a boolean parameter says it takes true or false", async () => {
    const { body } = await get("/v1/countries?oicMember=maybe");
    expect(body.detail).toBe('Parameter "oicMember" must be true or false.');
  });

  it("an unknown parameter lists the parameters the route takes", async () => {
    const { body } = await get("/v1/events?colour=blue");
    expect(body.allowed).toContain("from");
    expect(body.allowed).toContain("kind");
  });

  it("every bad parameter is reported, not just the first", async () => {
    const { body } = await get("/v1/therapies?area=x&limit=0&foo=1");
    expect(body.errors.map((e: { param: string }) => e.param).sort()).toEqual(["area", "foo", "limit"]);
  });

  it.each(COLLECTIONS)("a cursor from another query of /v1/%s is refused", async (collection) => {
    const cursor = await cursorOf(`/v1/${collection}?limit=1`);
    if (!cursor) return; // a one-record collection has no second page
    const { status, body } = await get(
      `/v1/${collection}?limit=1&sort=-${collection === "events" ? "date" : collection === "trials" ? "startDate" : "name"}&cursor=${cursor}`,
    );
    expect(status).toBe(400);
    expect(body.param).toBe("cursor");
  });
});

describe("unknown things", () => {
  it("an unknown route is a 404 problem listing the routes", async () => {
    const { status, body, res } = await get("/v2/therapies");
    expect(status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(body.detail).toContain("/v1/search");
  });

  it("a write method is a 405 problem with Allow", async () => {
    const { testApi } = await import("./helpers.ts");
    const res = await testApi().app.request("/v1/therapies", { method: "POST", body: "{}" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(res.headers.get("content-type")).toBe("application/problem+json");
  });
});
