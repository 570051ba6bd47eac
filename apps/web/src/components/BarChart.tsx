import Link from "next/link";

export interface Bar {
  label: string;
  value: number;
  href?: string;
}

/**
 * A bar chart that is a table: screen readers read label and value, the bar itself is decoration.
 * Plain HTML and CSS, so it prints, scales to 320 px and needs no script.
 */
export function BarChart({ title, bars, unit, id }: { title: string; bars: readonly Bar[]; unit: string; id: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="chart" aria-labelledby={id}>
      <figcaption id={id}>{title}</figcaption>
      {bars.length === 0 ? (
        <p className="muted">No data yet.</p>
      ) : (
        <table className="bars">
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">{unit}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.href ? <Link href={b.href}>{b.label}</Link> : b.label}</th>
                <td>
                  <span className="bar" style={{ width: `${(b.value / max) * 100}%` }} aria-hidden="true" />
                  <span className="bar-value">{b.value}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
