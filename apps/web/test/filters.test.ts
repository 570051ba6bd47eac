import { getAtlas } from "@cell-atlas/content";
import { describe, expect, it } from "vitest";
import { listAll } from "@/lib/data";
import { eventFacets, therapyFacets, trialFacets } from "@/lib/facets";
import { type Facet, filtersToSearch, matchingIds, parseFilters } from "@/lib/filters";

const facets: Facet[] = [
  {
    name: "area",
    label: "Area",
    options: [
      { value: "cancer", label: "Cancer", ids: ["a", "b"] },
      { value: "autoimmune", label: "Autoimmune", ids: ["c"] },
    ],
  },
  { name: "country", label: "Country", options: [{ value: "sa", label: "Saudi Arabia", ids: ["b", "c"] }] },
];

describe("filter URL helpers", () => {
  it("keeps known facet values and drops unknown names and values", () => {
    expect(parseFilters("?area=cancer&country=xx&colour=red", facets)).toEqual({ area: "cancer" });
    expect(parseFilters("?q=%20ALS%20&area=", facets, ["q"])).toEqual({ q: "ALS" });
  });

  it("writes filters in facet order and omits empty ones", () => {
    expect(filtersToSearch({ country: "sa", area: "cancer", q: "" }, ["q", "area", "country"])).toBe(
      "?area=cancer&country=sa",
    );
    expect(filtersToSearch({}, ["area"])).toBe("");
  });

  it("round-trips through the URL", () => {
    const filters = { q: "CD19 CAR-T", area: "cancer", country: "sa" };
    const search = filtersToSearch(filters, ["q", "area", "country"]);
    expect(parseFilters(search, facets, ["q"])).toEqual(filters);
  });

  it("intersects facets, and returns null when none is set", () => {
    expect(matchingIds({}, facets)).toBeNull();
    expect([...(matchingIds({ area: "cancer" }, facets) ?? [])]).toEqual(["a", "b"]);
    expect([...(matchingIds({ area: "cancer", country: "sa" }, facets) ?? [])]).toEqual(["b"]);
    expect([...(matchingIds({ area: "autoimmune", country: "sa" }, facets) ?? [])]).toEqual(["c"]);
  });
});

describe("facet data agrees with the content query module", () => {
  it("intersecting single-facet ids equals one combined query", () => {
    const f = therapyFacets();
    const atlas = getAtlas();
    for (const area of f[0]!.options)
      for (const stage of f[3]!.options) {
        const expected = listAll("therapies", { area: area.value as never, stage: stage.value as never })
          .map((t) => t.id)
          .sort();
        const got = [...(matchingIds({ area: area.value, stage: stage.value }, f) ?? [])].sort();
        expect(got, `${area.value} + ${stage.value}`).toEqual(expected);
      }
    expect(f.find((x) => x.name === "area")!.options.map((o) => o.ids.length)).toEqual(
      atlas.stats().byArea.map((a) => a.therapies),
    );
  });

  it("trial facets: intersecting country, area and evidence equals one combined query, for every combination", () => {
    const f = trialFacets();
    const facet = (name: string) => f.find((x) => x.name === name)!;
    let nonEmpty = 0;
    for (const country of facet("country").options)
      for (const area of facet("area").options)
        for (const evidence of facet("evidence").options) {
          const expected = listAll("trials", {
            country: country.value,
            area: area.value as never,
            evidence: evidence.value as never,
          })
            .map((t) => t.id)
            .sort();
          const got = [
            ...(matchingIds({ country: country.value, area: area.value, evidence: evidence.value }, f) ?? []),
          ].sort();
          expect(got, `${country.value} + ${area.value} + ${evidence.value}`).toEqual(expected);
          if (got.length > 0) nonEmpty++;
        }
    expect(nonEmpty).toBeGreaterThan(10);
    // Every trial with a start date is under exactly one year.
    const years = facet("year").options.flatMap((o) => o.ids);
    expect(new Set(years).size).toBe(years.length);
    expect(years.length).toBe(getAtlas().dataset.trials.filter((t) => t.startDate).length);
  });

  it("year facets cover every event exactly once", () => {
    const years = eventFacets().find((f) => f.name === "year")!;
    const ids = years.options.flatMap((o) => o.ids).sort();
    expect(ids).toEqual(getAtlas().ids("events").sort());
  });
});
