import { COLLECTIONS, type CollectionName, getAtlas, getDataset, queryParamSchemas } from "@cell-atlas/content";
import { describe, expect, it } from "vitest";
import { flagsFor } from "../src/flags.ts";
import { ANSI, json, run, runAll } from "./helpers.ts";

type ListBody = { data: { id: string }[]; meta: { total: number; nextCursor: string | null; dataVersion: string } };

const dataset = getDataset();
const atlas = getAtlas();

const first = (c: CollectionName) => dataset[c].map((r) => r.id);

/** Candidate values for a parameter: its choices, or ids and texts the real data holds. */
function candidates(param: string, choices?: readonly string[]): string[] {
  if (choices) return [...choices];
  switch (param) {
    case "country":
      return first("countries");
    case "organization":
      return first("organizations");
    case "therapy":
      return first("therapies");
    case "q":
      return ["cell", "CAR-T", "leukaemia"];
    case "year":
      return ["2010", "2015", "2019", "2020", "2021"];
    case "from":
    case "to":
      return ["2000", "2015", "2020-06", "2024-01-01"];
    default:
      return [];
  }
}

describe("list", () => {
  it("lists every collection as JSON in the API's list shape", async () => {
    const results = await Promise.all(COLLECTIONS.map((c) => run(["list", c, "--json", "--limit", "100"])));
    results.forEach((r, i) => {
      const c = COLLECTIONS[i] as CollectionName;
      expect(r.code, r.stderr).toBe(0);
      const body = json<ListBody>(r);
      expect(body.meta.total).toBe(dataset[c].length);
      expect(body.data.length).toBe(Math.min(100, dataset[c].length));
      expect(body.meta.dataVersion).toBe(dataset.meta.dataVersion);
      expect(r.stdout).not.toMatch(ANSI);
    });
  });

  it("offers a flag for every parameter of the collection's query, and each flag takes effect", async () => {
    const cases: { c: CollectionName; flag: string; param: string; value: string }[] = [];
    for (const c of COLLECTIONS) {
      const flags = flagsFor(c);
      expect(flags.map((f) => f.param).sort()).toEqual(Object.keys(queryParamSchemas[c].shape).sort());
      const all = atlas.list(c, { limit: 100 } as never);
      for (const f of flags.filter((x) => !["cursor", "limit", "sort"].includes(x.param))) {
        // A value that admits some records but not all, so a flag the CLI dropped would show.
        const value = candidates(f.param, f.choices).find((v) => {
          const n = atlas.list(c, { [f.param]: v, limit: 100 } as never).total;
          return n > 0 && n < all.total;
        });
        if (value !== undefined) cases.push({ c, flag: f.flag, param: f.param, value });
      }
    }
    // Nearly every filter splits the real data; the few that cannot (one value only) are named here.
    expect(cases.length).toBeGreaterThan(35);
    const results = await runAll(
      cases.map(({ c, flag, value }) => ["list", c, flag, value, "--limit", "100", "--json"]),
    );
    results.forEach((r, i) => {
      const { c, flag, param, value } = cases[i]!;
      expect(r.code, `${c} ${flag} ${value}: ${r.stderr}`).toBe(0);
      const body = json<ListBody>(r);
      const expected = atlas.list(c, { [param]: value, limit: 100 } as never);
      expect(
        body.data.map((d) => d.id),
        `${c} ${flag} ${value}`,
      ).toEqual(expected.data.map((d) => d.id));
      expect(body.meta.total).toBe(expected.total);
    });
  });

  it("filters trials by country and area as a direct reading of the data does", async () => {
    const [egypt, iranNeuro] = await Promise.all([
      run(["list", "trials", "--country", "eg", "--limit", "100", "--json"]),
      run(["list", "trials", "--country", "ir", "--evidence", "confirmed", "--limit", "100", "--json"]),
    ]);
    const ids = (r: typeof egypt) =>
      json<ListBody>(r)
        .data.map((d) => d.id)
        .sort();
    expect(ids(egypt).length).toBeGreaterThan(0);
    expect(ids(egypt)).toEqual(
      dataset.trials
        .filter((t) => t.countries.includes("eg"))
        .map((t) => t.id)
        .sort()
        .slice(0, 100),
    );
    expect(ids(iranNeuro)).toEqual(
      dataset.trials
        .filter(
          (t) =>
            t.countries.includes("ir") &&
            t.sources.some((s) => ["registry", "regulator", "official", "journal"].includes(s.kind)),
        )
        .map((t) => t.id)
        .sort()
        .slice(0, 100),
    );
  });

  it("pages with --cursor", async () => {
    const first = json<ListBody>(await run(["list", "therapies", "--limit", "1", "--json"]));
    expect(first.meta.nextCursor).not.toBeNull();
    const second = json<ListBody>(
      await run(["list", "therapies", "--limit", "1", "--cursor", first.meta.nextCursor ?? "", "--json"]),
    );
    expect(second.data[0]?.id).not.toBe(first.data[0]?.id);
  });

  it("prints tab-separated values with a header when piped", async () => {
    const r = await run(["list", "therapies", "--limit", "100"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("id\tname\tmodality\tstage\tareas\tcountries");
    expect(lines.length).toBe(1 + Math.min(100, dataset.therapies.length));
    expect(lines.slice(1).map((l) => l.split("\t")[0])).toEqual(
      atlas.list("therapies", { limit: 100 }).data.map((t) => t.id),
    );
    expect(r.stderr).toMatch(/of \d+ therapies|no therapies/);
  });

  it("rejects a bad enum value, an unknown flag and an unknown collection with exit 2 and usage", async () => {
    const [badEnum, badFlag, badCollection, noCollection, badLimit, badSort] = await Promise.all([
      run(["list", "therapies", "--area", "cancr"]),
      run(["list", "therapies", "--colour", "red"]),
      run(["list", "widgets"]),
      run(["list"]),
      run(["list", "trials", "--limit", "500"]),
      run(["list", "events", "--sort", "name"]),
    ]);
    expect(badEnum.code).toBe(2);
    expect(badEnum.stderr).toContain("--area");
    expect(badEnum.stderr).toContain("cancer, autoimmune");
    expect(badEnum.stderr).toMatch(/usage: cell-atlas list therapies/);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/unknown option '--colour'/);
    expect(badFlag.stderr).toMatch(/--help/);
    expect(badCollection.code).toBe(2);
    expect(badCollection.stderr).toMatch(/unknown collection "widgets"/);
    expect(badCollection.stderr).toContain("therapies, organizations, countries, trials, events");
    expect(noCollection.code).toBe(2);
    expect(noCollection.stderr).toMatch(/Usage: cell-atlas list/);
    expect(badLimit.code).toBe(2);
    expect(badLimit.stderr).toContain("--limit: must be at most 100");
    expect(badSort.code).toBe(2);
    expect(badSort.stderr).toMatch(/--sort: .*allowed: date, -date, title, -title/);
    for (const r of [badEnum, badFlag, badCollection, noCollection, badLimit, badSort]) expect(r.stdout).toBe("");
  });
});
