import { useTranslations } from "next-intl";
import { ScrollRegion } from "@/components/ScrollRegion";
import { useFormat } from "@/i18n/format";

export interface StackedRow {
  /** The row's label, e.g. a year. */
  label: string;
  /** The row's own total (a record counted in two series still counts once here). */
  total: number;
  /** Count per series id. */
  parts: Readonly<Record<string, number>>;
}

export interface Series {
  id: string;
  label: string;
}

/**
 * A horizontal stacked bar chart in HTML and CSS, drawn at build time: one bar per row, split by
 * series, with a legend naming each colour. The bars are one image to assistive technology, and
 * colour is not the only way to read them: the table under them gives every number. Segments are
 * sized by inline size, so a bar grows from the start of the line (the right in right-to-left pages).
 */
export function StackedBars({
  id,
  title,
  rows,
  series,
  rowHeader,
  rowNoun,
  unit,
  note,
}: {
  id: string;
  title: string;
  rows: readonly StackedRow[];
  series: readonly Series[];
  /** The rows' column heading, e.g. "Start year". */
  rowHeader: string;
  /** What one row is, inside a sentence: "a bar per {rowNoun}", e.g. "start year". */
  rowNoun: string;
  unit: string;
  note?: string;
}) {
  const t = useTranslations("Lists.chart");
  const f = useFormat();
  const sum = (r: StackedRow) => series.reduce((n, s) => n + (r.parts[s.id] ?? 0), 0);
  const max = Math.max(1, ...rows.map(sum));
  return (
    <figure className="chart stacked" aria-labelledby={id}>
      <figcaption id={id}>{title}</figcaption>
      {rows.length === 0 ? (
        <p className="muted">{t("noData")}</p>
      ) : (
        <>
          <ul className="legend stacked-legend" aria-label={t("legend")}>
            {series.map((s, i) => (
              <li key={s.id} className="legend-item">
                <span className={`swatch s${i}`} aria-hidden="true" /> {s.label}
              </li>
            ))}
          </ul>
          <div
            className="stacked-bars"
            role="img"
            aria-label={t("stackedImage", { title, row: rowNoun, count: series.length })}
          >
            {rows.map((r) => (
              <div className="stacked-row" key={r.label}>
                <span className="stacked-label">{r.label}</span>
                <span className="stacked-track">
                  {series.map((s, i) => {
                    const n = r.parts[s.id] ?? 0;
                    return n > 0 ? (
                      <span
                        key={s.id}
                        className={`stacked-seg s${i}`}
                        style={{ inlineSize: `${(n / max) * 100}%` }}
                        title={t("segment", { row: r.label, series: s.label, count: n })}
                      />
                    ) : null;
                  })}
                </span>
                <span className="stacked-total">{f.number(r.total)}</span>
              </div>
            ))}
          </div>
          {note ? <p className="muted small">{note}</p> : null}
          <details>
            <summary>{t("table", { title })}</summary>
            <ScrollRegion label={t("table", { title })}>
              <table className="stacked-table">
                <thead>
                  <tr>
                    <th scope="col">{rowHeader}</th>
                    {series.map((s) => (
                      <th scope="col" key={s.id}>
                        {s.label}
                      </th>
                    ))}
                    <th scope="col">{unit}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.label}>
                      <th scope="row">{r.label}</th>
                      {series.map((s) => (
                        <td key={s.id}>{f.number(r.parts[s.id] ?? 0)}</td>
                      ))}
                      <td>{f.number(r.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </details>
        </>
      )}
    </figure>
  );
}
