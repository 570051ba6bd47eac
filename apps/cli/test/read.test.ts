import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { COLLECTIONS, type CollectionName, getAtlas, getDataset } from "@cell-atlas/content";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { json, run, runAll } from "./helpers.ts";

const dataset = getDataset();
const atlas = getAtlas();
const tmp = mkdtempSync(path.join(tmpdir(), "cell-atlas-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("show", () => {
  it("shows a record of every collection, with sources and resolved references", async () => {
    const picks = COLLECTIONS.flatMap((c) => (dataset[c][0] ? [{ c, id: dataset[c][0].id }] : []));
    const results = await runAll(
      picks.flatMap(({ c, id }) => [
        ["show", id, "--collection", c, "--json"],
        ["show", id, "--collection", c],
      ]),
    );
    picks.forEach(({ c, id }, i) => {
      const asJson = results[2 * i]!;
      const asText = results[2 * i + 1]!;
      expect(asJson.code, asJson.stderr).toBe(0);
      const body = json<{ data: { id: string }; related: object; meta: { collection: string } }>(asJson);
      expect(body.data.id).toBe(id);
      expect(body.meta.collection).toBe(c);
      expect(body.related).toEqual(JSON.parse(JSON.stringify(atlas.related(c as CollectionName, id))));
      expect(asText.code).toBe(0);
      expect(asText.stdout).toContain("Sources");
      expect(asText.stdout).toContain((dataset[c][0] as { sources: { url: string }[] }).sources[0]!.url);
      // The review date is printed once, at the end.
      expect(asText.stdout.match(/last ?reviewed/gi)).toHaveLength(1);
      expect(asText.stdout.trimEnd().split("\n").at(-1)).toMatch(/^last reviewed \d{4}-\d{2}-\d{2}$/);
    });
  });

  it("prints a record's local names on one line, and nothing for a record without any", async () => {
    const named = dataset.organizations.find((o) => Object.keys(o.names).length > 0);
    const unnamed = dataset.organizations.find((o) => Object.keys(o.names).length === 0);
    expect(named, "the data has organizations with names").toBeDefined();
    const [withNames, without] = await runAll([
      ["show", named!.id],
      ["show", unnamed!.id],
    ]);
    const line = Object.entries(named!.names)
      .map(([lang, n]) => `${lang} ${n!.name}`)
      .join(" · ");
    expect(withNames!.stdout.split("\n")[1]).toBe(line);
    expect(without!.stdout).not.toMatch(/^names/m);
  });

  it("finds nurown without --collection and names its related records", async () => {
    const r = await run(["show", "nurown"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("NurOwn");
    expect(r.stdout).toContain("Related");
    expect(r.stdout).toContain("nct03280056");
  });

  it("answers an unknown id with exit 1 and the closest ids on stderr", async () => {
    const [typo, nothing, wrongCollection] = await runAll([
      ["show", "nurwon"],
      ["show", "zzzzzzzzzzzzzzzzzzzzzzzzzzz"],
      ["show", "nurown", "--collection", "countries"],
    ]);
    expect(typo!.code).toBe(1);
    expect(typo!.stdout).toBe("");
    expect(typo!.stderr).toContain('no record with id "nurwon"');
    expect(typo!.stderr).toMatch(/did you mean: .*nurown/);
    expect(nothing!.code).toBe(1);
    expect(nothing!.stderr).toContain("cell-atlas list");
    expect(wrongCollection!.code).toBe(1);
  });

  it("asks for --collection when an id is in several collections", async () => {
    const ambiguous = COLLECTIONS.flatMap((c) => dataset[c].map((r) => r.id)).find((id) => atlas.find(id).length > 1);
    const bad = await run(["show", "nurown", "--collection", "widgets"]);
    expect(bad.code).toBe(2);
    if (!ambiguous) return; // no shared id in today's data
    const r = await run(["show", ambiguous]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--collection");
  });
});

describe("search", () => {
  it("ranks hits across collections, as JSON and as a table", async () => {
    const [asJson, asText, scoped, empty, tooLong] = await runAll([
      ["search", "NurOwn", "--json"],
      ["search", "nurown", "ALS"],
      ["search", "NurOwn", "--collection", "therapies", "--json"],
      ["search", "qqqqzzzzxxxx", "--json"],
      ["search", "x".repeat(201)],
    ]);
    const body = json<{ data: { collection: string; id: string; score: number }[]; meta: { total: number } }>(asJson!);
    expect(body.data).toEqual(JSON.parse(JSON.stringify(atlas.search({ q: "NurOwn" }))));
    expect(body.data.some((h) => h.id === "nurown")).toBe(true);
    expect(asText!.stdout.split("\n")[0]).toBe("collection\tid\tname\tscore");
    expect(json<{ data: { collection: string }[] }>(scoped!).data.every((h) => h.collection === "therapies")).toBe(
      true,
    );
    expect(json<{ data: unknown[] }>(empty!).data).toEqual([]);
    expect(tooLong!.code).toBe(2);
  });
});

describe("stats", () => {
  it("draws bar charts for area, stage and country, and prints the API's stats as JSON", async () => {
    const [text, asJson] = await runAll([["stats"], ["stats", "--json"]]);
    expect(text!.code).toBe(0);
    for (const heading of ["Therapies by area", "Therapies by furthest stage", "Therapies by country"])
      expect(text!.stdout).toContain(heading);
    expect(text!.stdout).toMatch(/█/);
    expect(text!.stdout).toContain(`${dataset.therapies.length} therapies`);
    expect(json(asJson!)).toEqual(JSON.parse(JSON.stringify(atlas.stats())));
  });
});

describe("export", () => {
  it("exports json, csv and ndjson, to stdout or a file", async () => {
    const out = path.join(tmp, "therapies.csv");
    const [all, one, csv, ndjson, ndjsonAll, toFile, csvNoCollection, badFormat] = await runAll([
      ["export"],
      ["export", "--format", "json", "--collection", "trials"],
      ["export", "--format", "csv", "--collection", "therapies"],
      ["export", "--format", "ndjson", "--collection", "organizations"],
      ["export", "--format", "ndjson"],
      ["export", "--format", "csv", "--collection", "therapies", "--out", out],
      ["export", "--format", "csv"],
      ["export", "--format", "xml"],
    ]);
    const whole = json<typeof dataset>(all!);
    for (const c of COLLECTIONS) expect(whole[c].map((r) => r.id)).toEqual(dataset[c].map((r) => r.id));
    expect(json<{ trials: unknown[] }>(one!).trials.length).toBe(dataset.trials.length);
    const rows = parseCsv(csv!.stdout, { columns: true }) as { id: string }[];
    expect(rows.map((r) => r.id)).toEqual(dataset.therapies.map((t) => t.id));
    const lines = ndjson!.stdout.trimEnd().split("\n").filter(Boolean);
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(dataset.organizations.map((o) => o.id));
    const total = COLLECTIONS.reduce((n, c) => n + dataset[c].length, 0);
    expect(ndjsonAll!.stdout.trimEnd().split("\n").length).toBe(total);
    expect(toFile!.code).toBe(0);
    expect(toFile!.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe(csv!.stdout);
    expect(csvNoCollection!.code).toBe(2);
    expect(csvNoCollection!.stderr).toContain("--collection");
    expect(badFormat!.code).toBe(2);
    expect(badFormat!.stderr).toContain("json, csv, ndjson");
  });
});
