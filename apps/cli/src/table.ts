import Table from "cli-table3";
import { isTty, out, terminalWidth, write } from "./io.ts";

export interface Column<T> {
  header: string;
  value: (row: T) => string | number;
  /** Free text that may wrap onto several lines; these columns give way first when space is short. */
  wrap?: boolean;
}

const flat = (v: string | number) => String(v).replace(/[\t\r\n]+/g, " ");

/**
 * Column widths that fit `width`: the widest wrapping column gives way first (down to 12), then
 * the widest of any column (down to 6, where cli-table3 truncates with an ellipsis).
 */
export function fitWidths(natural: number[], width: number, wraps: boolean[] = []): number[] {
  const widths = [...natural];
  const available = width - (widths.length + 1); // one border character per column, plus one
  let total = widths.reduce((a, b) => a + b, 0);
  for (const [eligible, floor] of [[(i: number) => wraps[i] === true, 12] as const, [() => true, 6] as const]) {
    while (total > available) {
      let widest = -1;
      for (let i = 0; i < widths.length; i++)
        if (eligible(i) && (widest < 0 || (widths[i] ?? 0) > (widths[widest] ?? 0))) widest = i;
      if (widest < 0 || (widths[widest] ?? 0) <= floor) break;
      widths[widest] = (widths[widest] ?? 0) - 1;
      total--;
    }
  }
  return widths;
}

/**
 * On a terminal: a bordered table that fits the window, long cells wrapped on word boundaries.
 * Piped or redirected: tab-separated values with a header row, one record per line (cut/awk friendly).
 */
export function printTable<T>(rows: readonly T[], columns: readonly Column<T>[]): void {
  const cells = rows.map((r) => columns.map((c) => flat(c.value(r))));
  if (!isTty()) {
    const lines = [columns.map((c) => c.header), ...cells].map((line) => line.join("\t"));
    write(lines.join("\n"));
    return;
  }
  const c = out();
  const natural = columns.map((col, i) => Math.max(col.header.length, ...cells.map((r) => (r[i] ?? "").length)) + 2);
  const table = new Table({
    head: columns.map((col) => c.bold(col.header)),
    colWidths: fitWidths(
      natural,
      terminalWidth(),
      columns.map((col) => col.wrap === true),
    ),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  for (const r of cells) table.push(r);
  write(table.toString());
}
