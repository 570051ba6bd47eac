import { COLLECTIONS, type CollectionName, getAtlas, getDataset } from "@cell-atlas/content";
import { describe, expect, it } from "vitest";
import { flagsFor } from "../src/flags.ts";
import { ANSI, json, run, runAll } from "./helpers.ts";

type ListBody = { data: { id: string }[]; meta: { total: number; nextCursor: string | null; dataVersion: string } };

const dataset = getDataset();
const atlas = getAtlas();

/** A value for each filter that the real dataset can answer, so every flag is exercised. */
function sampleValue(_collection: CollectionName, param: string, choices?: readonly string[]): string[] {
  if (param === "sort") return [...(choices ?? [])];
  if (choices) return [choices[0] ?? ""];
  const first = (c: CollectionName) => dataset[c][0]?.id ?? "xx";
  switch (param) {
    case "country":
      return [first("countries")];
    case "organization":
      return [first("organizations")];
    case "therapy":
      return [first("therapies")];
    case "q":
      return ["cell"];
    case "limit":
      return ["1"];
    case "from":
      return ["2000"];
    case "to":
      return ["2030-12"];
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

  it("applies every filter flag exactly as the shared query module does", async () => {
    const cases = COLLECTIONS.flatMap((c) =>
      flagsFor(c)
        .filter((f) => f.param !== "cursor")
        .flatMap((f) => sampleValue(c, f.param, f.choices).map((value) => ({ c, f, value }))),
    );
    expect(cases.length).toBeGreaterThan(30);
    const results = await runAll(cases.map(({ c, f, value }) => ["list", c, f.flag, value, "--json"]));
    results.forEach((r, i) => {
      const { c, f, value } = cases[i]!;
      expect(r.code, `${c} ${f.flag} ${value}: ${r.stderr}`).toBe(0);
      const expected = atlas.list(c, { [f.param]: value } as never);
      const body = json<ListBody>(r);
      expect(
        body.data.map((d) => d.id),
        `${c} ${f.flag} ${value}`,
      ).toEqual(expected.data.map((d) => d.id));
      expect(body.meta.total).toBe(expected.total);
    });
  });

  it("pages with --cursor", async () => {
    const first = json<ListBody>(await run(["list", "therapies", "--limit", "1", "--json"]));
    if (!first.meta.nextCursor) return; // one therapy only: nothing to page yet
    const second = json<ListBody>(
      await run(["list", "therapies", "--limit", "1", "--cursor", first.meta.nextCursor, "--json"]),
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
