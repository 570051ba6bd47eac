import type { Figure } from "@cell-atlas/content";
import { EvidenceBadge } from "@/components/Evidence";
import { ScrollRegion } from "@/components/ScrollRegion";
import { SourceRefs } from "@/components/Sources";
import { formatDate } from "@/lib/format";

const number = new Intl.NumberFormat("en-GB");

/** Reported figures (counts, rankings, amounts) as a table: each with who gave it, when, and where. */
export function Figures({ figures, subject }: { figures: readonly Figure[]; subject: string }) {
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby="figures">
      <h2 id="figures">Reported figures ({figures.length})</h2>
      <p className="small">
        Figures about {subject} as their sources give them, with who gave each and when. They are reported, not counted
        by the atlas.
      </p>
      <ScrollRegion label="Reported figures">
        <table className="figures-table">
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Value</th>
              <th scope="col">As of</th>
              <th scope="col">Given by</th>
              <th scope="col">Evidence</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.what + String(f.value) + (f.asOf ?? "")}>
                <th scope="row">
                  {f.what}
                  {f.note ? <p className="cell-note muted small">{f.note}</p> : null}
                </th>
                <td className="figure-value">{typeof f.value === "number" ? number.format(f.value) : f.value}</td>
                <td>{f.asOf ? <time dateTime={f.asOf}>{formatDate(f.asOf)}</time> : "—"}</td>
                <td>{f.by}</td>
                <td>
                  <EvidenceBadge level={f.evidence} />
                </td>
                <td className="small">
                  <SourceRefs sources={f.sources} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
