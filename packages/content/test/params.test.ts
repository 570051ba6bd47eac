// The query parameters every front end accepts (query/params.ts, query/filters.ts) and the errors
// they report (query/query-error.ts): each bad value names the parameter and says what would do,
// and each parameter carries the description the API's OpenAPI document and the CLI's help show.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createAtlas } from "../src/query/atlas.ts";
import { Cursor, Limit, queryParamSchemas, SearchQuery } from "../src/query/params.ts";
import { QueryError, queryErrorsFrom } from "../src/query/query-error.ts";
import type { CollectionName } from "../src/schema/index.ts";
import { COLLECTIONS } from "../src/schema/values.ts";
import { syntheticDataset } from "./synthetic.ts";

/** The errors parseQuery reports for one input, as "param: detail (allowed: ...)". */
const errors = (collection: CollectionName, input: unknown) => {
  const parsed = createAtlas(syntheticDataset()).parseQuery(collection, input);
  if (parsed.ok) throw new Error(`${JSON.stringify(input)} was accepted`);
  for (const e of parsed.errors) expect(e).toBeInstanceOf(QueryError);
  return parsed.errors.map((e) => e.message);
};
const params = (collection: CollectionName, input: unknown) => {
  const parsed = createAtlas(syntheticDataset()).parseQuery(collection, input);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join("; "));
  return parsed.params as Record<string, unknown>;
};

// First in the file: the schemas are built on first use, and `pnpm mutation` credits the test that
// builds them.
describe("the parameter schemas", () => {
  it("exist for each collection, built once", () => {
    expect(Object.keys(queryParamSchemas)).toEqual([...COLLECTIONS]);
    expect(queryParamSchemas.trials).toBe(queryParamSchemas.trials);
  });

  it("describe every parameter, for the API's OpenAPI document and the CLI's help", () => {
    type Json = { properties: Record<string, { description?: string }> };
    const check = (name: string, schema: z.ZodType) => {
      const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
      expect(Object.keys(json.properties).length, name).toBeGreaterThan(2);
      for (const [param, prop] of Object.entries(json.properties))
        expect(prop.description?.trim(), `${name} ?${param}`).toBeTruthy();
      return json.properties;
    };
    for (const c of COLLECTIONS) {
      const props = check(c, queryParamSchemas[c]);
      expect(props.limit?.description).toMatch(/1–100 \(default 20\)/);
      expect(props.sort?.description).toMatch(/prefix with -/);
      expect(props.q?.description).toMatch(/names, aliases, conditions and summaries/);
      expect(props.cursor?.description).toMatch(/nextCursor/);
    }
    expect(check("countries", queryParamSchemas.countries).area?.description).toBe(
      "Therapeutic area of any programme linked to the record.",
    );
    expect(check("events", queryParamSchemas.events).modality?.description).toBe(
      "Cell modality of any programme linked to the record.",
    );
    const search = check("search", SearchQuery);
    expect(search.q?.description).toBe("What to search for.");
    expect(search.collection?.description).toBe("Only hits from this collection.");
  });
});

describe("limit", () => {
  it("takes a whole number from 1 to 100, as text or a number, 20 when absent", () => {
    expect(params("therapies", {}).limit).toBe(20);
    expect(params("therapies", { limit: "7" }).limit).toBe(7);
    expect(params("therapies", { limit: 100 }).limit).toBe(100);
    expect(params("therapies", { limit: 1 }).limit).toBe(1);
    expect(Limit.parse(undefined)).toBe(20);
  });

  it("says what is wrong with any other value", () => {
    expect(errors("therapies", { limit: "ten" })).toEqual(["limit: must be a whole number between 1 and 100"]);
    expect(errors("therapies", { limit: "2.5" })).toEqual(["limit: must be a whole number between 1 and 100"]);
    expect(errors("therapies", { limit: 0 })).toEqual(["limit: must be at least 1"]);
    expect(errors("therapies", { limit: 101 })).toEqual(["limit: must be at most 100"]);
  });
});

describe("q", () => {
  it("is trimmed, and must hold something, at most 200 characters", () => {
    expect(params("therapies", { q: "  NK  " }).q).toBe("NK");
    expect(errors("therapies", { q: "" })).toEqual(["q: must not be empty"]);
    expect(errors("therapies", { q: "   " })).toEqual(["q: must not be empty"]);
    expect(params("therapies", { q: "x".repeat(200) }).q).toHaveLength(200);
    expect(errors("therapies", { q: "x".repeat(201) })).toEqual(["q: must be at most 200 characters"]);
  });
});

describe("cursor", () => {
  it("must be a cursor a page issued, and says where to get one", () => {
    const atlas = createAtlas(syntheticDataset());
    const next = atlas.list("events", { limit: 2 }).nextCursor;
    expect(next).toEqual(expect.any(String));
    expect(params("events", { limit: 2, cursor: next }).cursor).toBe(next);
    expect(errors("events", { cursor: "abc!" })).toEqual([
      "cursor: is not a cursor this API issued; use the nextCursor value of a previous page",
    ]);
    expect(errors("events", { cursor: "A".repeat(201) })).toContain("cursor: is too long to be a cursor");
    expect(Cursor.safeParse(next).success).toBe(true);
  });
});

describe("sort", () => {
  it("takes each sort field of the collection, either way, and nothing else", () => {
    expect(params("trials", { sort: "-enrollment" }).sort).toBe("-enrollment");
    expect(params("trials", { sort: "phase" }).sort).toBe("phase");
    expect(errors("trials", { sort: "name" })).toEqual([
      "sort: is not an allowed value (allowed: startDate, -startDate, title, -title, phase, -phase, enrollment, -enrollment)",
    ]);
  });
});

describe("id filters", () => {
  it("take a lower-case id, trimmed, and explain the form of an id", () => {
    const atlas = createAtlas(syntheticDataset());
    expect(atlas.list("trials", { country: " sa " }).data.map((t) => t.id)).toEqual(["nct00000001", "nct00000002"]);
    for (const bad of ["SA", "Sa", "sa!", "s a", "sa/tr"])
      expect(errors("trials", { country: bad }), bad).toEqual([
        "country: must be a country id (lower-case letters, digits, hyphens)",
      ]);
    expect(errors("events", { therapy: "Royan" })).toEqual([
      "therapy: must be a therapy id (lower-case letters, digits, hyphens)",
    ]);
    for (const bad of ["x".repeat(81), "  "])
      expect(errors("therapies", { organization: bad }).every((e) => e.startsWith("organization: "))).toBe(true);
  });
});

describe("true/false filters", () => {
  it("take true and false as text or as booleans", () => {
    const atlas = createAtlas(syntheticDataset());
    const ids = (input: Record<string, unknown>) => atlas.list("countries", input as never).data.map((c) => c.id);
    expect(ids({ oicMember: true })).toEqual(ids({ oicMember: "true" }));
    expect(ids({ oicMember: true })).toHaveLength(5);
    expect(ids({ oicMember: false })).toEqual(["us"]);
    expect(ids({ oicMember: "false" })).toEqual(["us"]);
    expect(ids({ hasProgrammes: false })).toEqual(["jo"]);
    expect(errors("countries", { oicMember: "yes" })).toEqual(["oicMember: must be true or false"]);
  });
});

describe("year", () => {
  it("takes a whole year from 1900 to 2100", () => {
    expect(params("trials", { year: "2015" }).year).toBe(2015);
    expect(errors("trials", { year: "twenty" })).toEqual(["year: must be a year, e.g. 2021"]);
    expect(errors("trials", { year: "2015.5" })).toEqual(["year: must be a year, e.g. 2021"]);
    expect(errors("trials", { year: 1899 })).toEqual(["year: must be a year from 1900"]);
    expect(params("trials", { year: 1900 }).year).toBe(1900);
    expect(errors("trials", { year: 2101 })).toEqual(["year: must be a year up to 2100"]);
    expect(params("trials", { year: 2100 }).year).toBe(2100);
  });
});

describe("unknown parameters and whole-query errors", () => {
  it("lists the known parameters, reports every bad parameter, and a query that is not an object", () => {
    expect(errors("organizations", { colour: "red", limit: 0 })).toEqual([
      "limit: must be at least 1",
      'colour: unknown parameter "colour" (allowed: area, modality, kind, country, sort, q, limit, cursor)',
    ]);
    expect(errors("organizations", "area=cancer")).toEqual([
      "(query): Invalid input: expected object, received string",
    ]);
  });
});

describe("SearchQuery", () => {
  it("needs q, takes a collection and a limit, and nothing else", () => {
    expect(SearchQuery.parse({ q: " cd19 " })).toEqual({ q: "cd19", limit: 20 });
    expect(SearchQuery.parse({ q: "x", collection: "trials", limit: "5" })).toEqual({
      q: "x",
      collection: "trials",
      limit: 5,
    });
    const bad = SearchQuery.safeParse({ collection: "planets", colour: 1 });
    expect(bad.success).toBe(false);
    expect(queryErrorsFrom(bad.error?.issues ?? [], SearchQuery).map((e) => e.message)).toEqual([
      "q: Invalid input: expected string, received undefined",
      "collection: is not an allowed value (allowed: therapies, organizations, countries, trials, events)",
      'colour: unknown parameter "colour" (allowed: q, collection, limit)',
    ]);
  });
});

describe("QueryError", () => {
  it("reads as the parameter, what is wrong, and what is allowed when there is a list", () => {
    const withList = new QueryError("area", "is not an allowed value", "cancer, other");
    expect(withList).toBeInstanceOf(Error);
    expect(withList.name).toBe("QueryError");
    expect(withList.message).toBe("area: is not an allowed value (allowed: cancer, other)");
    expect([withList.param, withList.detail, withList.allowed]).toEqual([
      "area",
      "is not an allowed value",
      "cancer, other",
    ]);
    expect(new QueryError("limit", "must be at most 100").message).toBe("limit: must be at most 100");
  });
});

describe("queryErrorsFrom, on any query schema", () => {
  const convert = (schema: z.ZodObject, input: unknown) => {
    const result = schema.safeParse(input);
    if (result.success) throw new Error("accepted");
    return queryErrorsFrom(result.error.issues, schema).map((e) => [e.param, e.detail, e.allowed]);
  };

  it("lists a union's choices when zod only says Invalid input", () => {
    const schema = z.strictObject({ format: z.union([z.literal("json"), z.literal("csv")]) });
    expect(convert(schema, { format: "xml" })).toEqual([["format", "is not an allowed value", "json, csv"]]);
  });

  it("keeps zod's words for a union without a list of choices, and for other issues", () => {
    expect(convert(queryParamSchemas.events, { from: true })).toEqual([["from", "Invalid input", undefined]]);
    expect(convert(z.strictObject({ flag: z.boolean() }), { flag: "x" })).toEqual([
      ["flag", "Invalid input: expected boolean, received string", undefined],
    ]);
  });

  it("says none are allowed when the schema takes no parameters", () => {
    expect(convert(z.strictObject({}), { x: 1, y: 2 })).toEqual([
      ["x", 'unknown parameter "x"', "none"],
      ["y", 'unknown parameter "y"', "none"],
    ]);
  });
});
