import { COLLECTIONS, CSV_COLUMNS, toRow } from "@cell-atlas/content";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { dataset, get } from "../../../test/helpers.ts";

const parseCsv = (text: string) => parse(text, { columns: true, bom: true }) as Record<string, string>[];

describe.each(COLLECTIONS)("CSV of /v1/%s", (collection) => {
  it("parses back with a CSV parser: the header, one row per record of the JSON page, same values", async () => {
    const json = await get(`/v1/${collection}?limit=100`);
    const csv = await get(`/v1/${collection}?limit=100&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.text.split("\r\n")[0]).toBe(CSV_COLUMNS[collection].join(","));
    const rows = parseCsv(csv.text);
    expect(rows.map((r) => r.id)).toEqual(json.body.data.map((r: { id: string }) => r.id));
    expect(csv.res.headers.get("x-total-count")).toBe(String(json.body.meta.total));
    for (const [i, record] of (json.body.data as never[]).entries()) {
      const expected = toRow(collection, record);
      for (const column of CSV_COLUMNS[collection]) {
        const value = expected[column];
        expect(rows[i]?.[column], `${collection} ${column}`).toBe(value === null ? "" : String(value));
      }
    }
  });

  it("Accept: text/csv gives the same bytes as format=csv; Accept preferring JSON gives JSON", async () => {
    const byParam = await get(`/v1/${collection}?limit=5&format=csv`);
    const byAccept = await get(`/v1/${collection}?limit=5`, { accept: "text/csv" });
    expect(byAccept.text).toBe(byParam.text);
    expect(byAccept.res.headers.get("vary")).toBe("Accept");
    const json = await get(`/v1/${collection}?limit=5`, { accept: "application/json, text/csv;q=0.5" });
    expect(json.res.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("/v1/dataset?format=csv&collection= has every record of the collection", async () => {
    const { status, text, res } = await get(`/v1/dataset?format=csv&collection=${collection}`);
    expect(status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(`cell-atlas-${collection}.csv`);
    expect(parseCsv(text).map((r) => r.id)).toEqual(dataset[collection].map((r) => r.id));
  });
});
