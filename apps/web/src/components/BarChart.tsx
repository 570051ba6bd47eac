import { useTranslations } from "next-intl";
import { useFormat } from "@/i18n/format";
import { Link } from "@/i18n/navigation";

export interface Bar {
  label: string;
  value: number;
  href?: string;
}

/**
 * A bar chart that is a table: screen readers read label and value, the bar itself is decoration.
 * Plain HTML and CSS, so it prints, scales to 320 px and needs no script. Bars are sized by their
 * inline size, so they grow from the start of the line: from the right in right-to-left pages.
 */
export function BarChart({ title, bars, unit, id }: { title: string; bars: readonly Bar[]; unit: string; id: string }) {
  const t = useTranslations("Lists.chart");
  const f = useFormat();
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="chart" aria-labelledby={id}>
      <figcaption id={id}>{title}</figcaption>
      {bars.length === 0 ? (
        <p className="muted">{t("noData")}</p>
      ) : (
        <table className="bars">
          <thead>
            <tr>
              <th scope="col">{t("category")}</th>
              <th scope="col">{unit}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.href ? <Link href={b.href}>{b.label}</Link> : b.label}</th>
                <td>
                  <span className="bar" style={{ inlineSize: `${(b.value / max) * 100}%` }} aria-hidden="true" />
                  <span className="bar-value">{f.number(b.value)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
