import { COLLECTIONS, queryParamSchemas, recordSchemas } from "@cell-atlas/content";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { get, testApi } from "../../test/helpers.ts";
import { exampleRecords } from "./examples.ts";
import { listResponse } from "./schemas.ts";

type Operation = {
  parameters?: { name: string; in: string }[];
  responses: Record<string, { content?: Record<string, unknown> }>;
};

const document = async () => {
  const { status, text, res } = await get("/openapi.json");
  expect(status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  return { text, doc: JSON.parse(text) as { openapi: string; paths: Record<string, { get: Operation }> } };
};

describe("/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const { doc } = await document();
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("matches the committed snapshot (update with: pnpm exec vitest run --project api -u)", async () => {
    const { doc } = await document();
    await expect(`${JSON.stringify(doc, null, 2)}\n`).toMatchFileSnapshot("./__snapshots__/openapi.json");
  });

  it("documents every GET route the app serves, except the docs pages themselves", async () => {
    const { doc } = await document();
    const served = new Set(
      testApi()
        .app.routes.filter((r) => r.method === "GET")
        .map((r) => r.path.replace(/:(\w+)/g, "{$1}")),
    );
    for (const path of ["/openapi.json", "/docs", "/docs/scalar.js", "/"]) served.delete(path);
    expect(Object.keys(doc.paths).sort()).toEqual([...served].sort());
  });

  it.each(COLLECTIONS)("documents every query parameter of /v1/%s and the problem responses", async (collection) => {
    const { doc } = await document();
    const op = doc.paths[`/v1/${collection}`]?.get;
    const names = (op?.parameters ?? []).map((p) => p.name).sort();
    expect(names).toEqual([...Object.keys(queryParamSchemas[collection].shape), "format"].sort());
    expect(Object.keys(op?.responses ?? {})).toEqual(expect.arrayContaining(["200", "304", "400", "429"]));
    expect(op?.responses["400"]?.content).toHaveProperty(["application/problem+json"]);
    expect(op?.responses["200"]?.content).toHaveProperty(["text/csv"]);
    const record = doc.paths[`/v1/${collection}/{id}`]?.get;
    expect(Object.keys(record?.responses ?? {})).toEqual(expect.arrayContaining(["200", "301", "400", "404"]));
  });

  it.each(COLLECTIONS)("the %s examples are valid records and list bodies", (collection) => {
    expect(recordSchemas[collection].safeParse(exampleRecords[collection]).success).toBe(true);
    const example = { data: [exampleRecords[collection]], meta: { total: 1, nextCursor: null, dataVersion: "x" } };
    expect(listResponse(collection).safeParse(example).success).toBe(true);
  });
});

describe("/docs", () => {
  it("serves the interactive docs without any CDN", async () => {
    const { status, text, res } = await get("/docs");
    expect(status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(text).toContain("/docs/scalar.js");
    expect(text).toContain("/openapi.json");
    expect(text).not.toMatch(/cdn\.jsdelivr|unpkg\.com/);
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
  });

  it("serves the docs UI script from the installed npm package", async () => {
    const { status, text, res } = await get("/docs/scalar.js");
    expect(status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(text.length).toBeGreaterThan(1_000_000);
  });
});
