import { createAtlas, type Dataset } from "@cell-atlas/content";
import { describe, expect, it } from "vitest";
import { countryName, formatDate as formatIn, formatNumber } from "@/i18n/format";
import { formatDate } from "@/lib/format";
import { programmesByYear } from "@/lib/programme-years";
import { describe as describeText } from "@/lib/site";

describe("formatting", () => {
  it("keeps the precision of partial dates", () => {
    expect(formatDate("2023")).toBe("2023");
    expect(formatDate("2023-09")).toBe("September 2023");
    expect(formatDate("2023-09-07")).toBe("7 September 2023");
    expect(formatDate(undefined)).toBe("");
  });

  it("formats dates, numbers and country names in each language, keeping a date's precision", () => {
    expect(formatIn("2023-09-07", "en")).toBe("7 September 2023");
    expect(formatIn("2023-09", "en")).toBe("September 2023");
    expect(formatIn("2023", "fa")).toBe("۲۰۲۳");
    expect(formatIn("2023-09-07", "fr")).toBe("7 septembre 2023");
    expect(formatIn("2023-09", "tr")).toBe("Eylül 2023");
    expect(formatIn(undefined, "ar")).toBe("");
    expect(formatNumber(1234, "fa")).toBe("۱٬۲۳۴");
    expect(formatNumber(1234, "en")).toBe("1,234");
    expect(countryName("ir", "Iran", "fa")).toBe("ایران");
    expect(countryName("ir", "Iran", "en")).toBe("Iran");
    expect(countryName("xk-unknown", "Somewhere", "fr")).toBe("Somewhere");
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
