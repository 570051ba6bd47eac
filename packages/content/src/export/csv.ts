import { stringify } from "csv-stringify/sync";
import type { CollectionName, RecordOf } from "../schema/index.ts";
import { CSV_COLUMNS, toRow } from "./rows.ts";

/** RFC 4180 CSV with a header row, one row per record. */
export function toCsv<C extends CollectionName>(collection: C, records: readonly RecordOf<C>[]): string {
  const columns = [...CSV_COLUMNS[collection]];
  return stringify(
    records.map((r) => toRow(collection, r)),
    { header: true, columns, cast: { boolean: (v) => (v ? "true" : "false") }, record_delimiter: "\r\n" },
  );
}

/** One JSON object per line, for streaming tools (jq -c, DuckDB, pandas). */
export function toNdjson(records: readonly unknown[]): string {
  return records.map((r) => JSON.stringify(r)).join("\n") + (records.length > 0 ? "\n" : "");
}
