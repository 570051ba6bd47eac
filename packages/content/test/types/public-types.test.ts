// Locks the public types: a consumer gets typed records and query inputs without writing a type.
// The assertions are checked by `tsc --noEmit` (pnpm typecheck); the runtime part only proves the
// calls exist with these shapes.
import { describe, expect, expectTypeOf, it } from "vitest";
import { type Atlas, type Country, getAtlas, type Page, type Therapy, type TherapyQuery } from "../../src/index.ts";

describe("public types", () => {
  it("types records and query results from the schemas", () => {
    const atlas: Atlas = getAtlas();
    const page = atlas.list("therapies", { area: "cancer" });
    expectTypeOf(page).toEqualTypeOf<Page<Therapy>>();
    expectTypeOf<Therapy["indications"][number]["stage"]>().toEqualTypeOf<
      | "preclinical"
      | "early-use"
      | "phase-1"
      | "phase-1-2"
      | "phase-2"
      | "phase-2-3"
      | "phase-3"
      | "approved"
      | "in-clinical-use"
    >();
    expectTypeOf(atlas.get("countries", "sa")).toEqualTypeOf<Country | undefined>();
    expect(Array.isArray(page.data)).toBe(true);

    const misuse = () => {
      // @ts-expect-error — "cardio" is not an area
      const bad: TherapyQuery = { area: "cardio" };
      // @ts-expect-error — therapies have no `kind` filter
      atlas.list("therapies", { kind: "company" });
      return bad;
    };
    expect(typeof misuse).toBe("function");
  });
});
