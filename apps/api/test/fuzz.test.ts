import { COLLECTIONS, queryParamSchemas } from "@cell-atlas/content";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { get } from "./helpers.ts";

const NASTY = [
  "",
  " ",
  "-1",
  "0",
  "1e309",
  "NaN",
  "Infinity",
  "9".repeat(400),
  "%",
  "%00",
  "%ZZ",
  "__proto__",
  "constructor",
  "toString",
  "[]",
  "{}",
  "null",
  "true",
  "../../etc/passwd",
  "<script>",
  "\u0000",
  "\uD800",
  "😀",
  "x".repeat(3000),
  "eyJvIjoxLCJrIjoiMDAwMDAwMDAifQ",
  "cancer",
  "car-t",
  "-name",
];

/** encodeURIComponent throws on lone surrogates; a client would send them raw, so do that. */
const encode = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
};

/** Known parameter names and values mixed with noise: close to valid is where bugs hide. */
function queryArbitrary(knownParams: string[], knownValues: string[]) {
  const name = fc.oneof(
    fc.constantFrom(...knownParams, "format", "cursor"),
    fc.string({ maxLength: 12 }),
    fc.constantFrom(...NASTY),
  );
  const value = fc.oneof(
    fc.constantFrom(...knownValues, ...NASTY),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 20 }),
    fc.integer().map(String),
    fc.double().map(String),
  );
  const encoded = fc
    .array(fc.tuple(name, value, fc.boolean()), { maxLength: 6 })
    .map((pairs) => pairs.map(([k, v, raw]) => (raw ? `${k}=${v}` : `${encode(k)}=${encode(v)}`)).join("&"));
  return fc.oneof(encoded, fc.string({ maxLength: 60 }));
}

function enumValues(schema: unknown): string[] {
  const out: string[] = [];
  const visit = (s: unknown, depth: number) => {
    if (!s || typeof s !== "object" || depth > 4) return;
    const opts = (s as { options?: unknown }).options;
    if (Array.isArray(opts)) out.push(...opts.filter((o): o is string => typeof o === "string"));
    const inner = (s as { unwrap?: () => unknown }).unwrap;
    if (typeof inner === "function") visit(inner.call(s), depth + 1);
  };
  visit(schema, 0);
  return out;
}

async function assertNoServerError(url: string) {
  let result: Awaited<ReturnType<typeof get>>;
  try {
    result = await get(url);
  } catch (error) {
    // A URL the Request constructor itself refuses never reaches a server; not our 5xx.
    if (error instanceof TypeError && /Invalid URL/i.test(error.message)) return;
    throw error;
  }
  const { status, res, body } = result;
  expect(status, url).toBeLessThan(500);
  if (status >= 400) {
    expect(res.headers.get("content-type"), url).toBe("application/problem+json");
    expect(body?.status, url).toBe(status);
    expect(typeof body?.detail, url).toBe("string");
    if (status === 400) expect(body.detail, url).toContain(`"${body.param}"`);
  }
}

const RUNS = 150;

describe("fuzzed query strings never produce a 5xx, and every 4xx is problem+json", () => {
  it.each(COLLECTIONS)("/v1/%s", async (collection) => {
    const shape = queryParamSchemas[collection].shape as Record<string, unknown>;
    const values = Object.values(shape).flatMap(enumValues);
    await fc.assert(
      fc.asyncProperty(queryArbitrary(Object.keys(shape), values), (q) =>
        assertNoServerError(`/v1/${collection}?${q}`),
      ),
      { numRuns: RUNS },
    );
  });

  it.each(["/v1/search", "/v1/stats", "/v1/dataset", "/health"])("%s", async (path) => {
    await fc.assert(
      fc.asyncProperty(queryArbitrary(["q", "collection", "limit", "format"], [...COLLECTIONS, "csv", "json"]), (q) =>
        assertNoServerError(`${path}?${q}`),
      ),
      { numRuns: RUNS / 3 },
    );
  });

  it.each(COLLECTIONS)("/v1/%s/{id}", async (collection) => {
    const id = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.constantFrom(...NASTY),
      fc.stringMatching(/^[a-z0-9-]{1,30}$/),
    );
    await fc.assert(
      fc.asyncProperty(id, (raw) => assertNoServerError(`/v1/${collection}/${encode(raw) || "%20"}`)),
      { numRuns: RUNS / 3 },
    );
  });
});
