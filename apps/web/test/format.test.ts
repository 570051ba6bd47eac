import { createAtlas, type Dataset } from "@cell-atlas/content";
import { describe, expect, it } from "vitest";
import { formatDate, label } from "@/lib/format";
import { programmesByYear } from "@/lib/programme-years";
import { describe as describeText } from "@/lib/site";

describe("formatting", () => {
  it("keeps the precision of partial dates", () => {
    expect(formatDate("2023")).toBe("2023");
    expect(formatDate("2023-09")).toBe("September 2023");
    expect(formatDate("2023-09-07")).toBe("7 September 2023");
    expect(formatDate(undefined)).toBe("");
  });

  it("labels enum values", () => {
    expect(label("car-t")).toBe("CAR-T");
    expect(label("phase-1-2")).toBe("Phase 1/2");
    expect(label("hospital")).toBe("Hospital");
    expect(label("press-release")).toBe("Press release");
  });

  it("turns Markdown into a short plain description", () => {
    expect(describeText("A [link](https://x.org) and **bold**.")).toBe("A link and bold.");
    expect(describeText("word ".repeat(100), 30).length).toBeLessThanOrEqual(30);
  });
});

describe("programmes by year of first public record", () => {
  it("dates each programme by its earliest event, trial start or approval, through the content links", () => {
    const therapy = (id: string, approvals: { date: string }[] = [], trials: string[] = []) =>
      ({ id, approvals, trials, organizations: [], countries: [], indications: [] }) as never;
    const dataset = {
      meta: {} as never,
      organizations: [],
      countries: [],
      therapies: [therapy("a", [{ date: "2021-03" }]), therapy("b", [], ["x"]), therapy("c"), therapy("d")],
      // "x" is named by therapy b; "y" names therapy d itself; both directions are links.
      trials: [
        { id: "x", therapy: undefined, startDate: "2019-01-01", countries: [] },
        { id: "y", therapy: "d", startDate: "2018", countries: [] },
      ] as never,
      events: [{ id: "e", date: "2020", therapies: ["a", "zzz"], countries: [], organizations: [] }] as never,
    } as Dataset;
    expect(programmesByYear(createAtlas(dataset))).toEqual([
      { year: "2018", programmes: 1 },
      { year: "2019", programmes: 1 },
      { year: "2020", programmes: 1 },
    ]);
  });
});
