import type { Trial } from "@cell-atlas/content";
import Link from "next/link";
import { EvidenceBadge } from "@/components/Evidence";
import { RecordLinks } from "@/components/Links";
import { ScrollRegion } from "@/components/ScrollRegion";
import { areaInfo } from "@/lib/areas";
import { atlas } from "@/lib/data";
import { formatDate, label } from "@/lib/format";

type Column = "therapy" | "cellType" | "area" | "countries";

/** A trial's programme(s) and areas, as the content package links them. */
export function trialContext(t: Trial) {
  const links = atlas().links;
  const therapies = links.idsOf("trials", t.id, "therapies");
  const modalities = [...new Set(links.therapiesOf("trials", t.id).map((x) => x.modality))];
  return { therapies, modalities, areas: links.trialAreas(t) };
}

/**
 * Trials as a table: what it is, how far it got, where, when, and the evidence for it. Each row
 * carries data-id so the list filter can hide it; `hide` drops columns a page already implies
 * (the country on a country page).
 */
export function TrialTable({
  trials,
  name,
  filterable = false,
  hide = [],
}: {
  trials: readonly Trial[];
  /** Names the scrolling region for screen readers. */
  name: string;
  filterable?: boolean;
  hide?: readonly Column[];
}) {
  const show = (c: Column) => !hide.includes(c);
  return (
    <ScrollRegion label={name}>
      <table className="trial-table">
        <thead>
          <tr>
            <th scope="col">Trial</th>
            <th scope="col">Phase, status</th>
            {show("cellType") ? <th scope="col">Cell type</th> : null}
            {show("area") ? <th scope="col">Area</th> : null}
            {show("countries") ? <th scope="col">Countries</th> : null}
            <th scope="col">Start</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody {...(filterable ? { "data-filter-list": "" } : {})}>
          {trials.map((t) => {
            const ctx = trialContext(t);
            return (
              <tr key={t.id} data-id={t.id}>
                <th scope="row">
                  <Link href={`/trials/${t.id}/`}>{t.title}</Link>
                  <br />
                  <span className="muted small">
                    {t.registryId ?? t.id.toUpperCase()}
                    {t.studyType === "observational" ? " · observational" : ""}
                  </span>
                  {show("therapy") && ctx.therapies.length > 0 ? (
                    <span className="small trial-therapy">
                      <br />
                      Tests: <RecordLinks collection="therapies" ids={ctx.therapies} />
                    </span>
                  ) : null}
                </th>
                <td>
                  {label(t.phase)}
                  <br />
                  <span className="muted small">{label(t.status)}</span>
                </td>
                {show("cellType") ? (
                  <td>{ctx.modalities.length > 0 ? ctx.modalities.map(label).join(", ") : "—"}</td>
                ) : null}
                {show("area") ? (
                  <td>
                    {ctx.areas.length > 0 ? ctx.areas.map((a) => areaInfo(a)?.title ?? label(a)).join(", ") : "—"}
                  </td>
                ) : null}
                {show("countries") ? (
                  <td>
                    <RecordLinks collection="countries" ids={t.countries} />
                  </td>
                ) : null}
                <td>{t.startDate ? <time dateTime={t.startDate}>{formatDate(t.startDate)}</time> : "—"}</td>
                <td>
                  <EvidenceBadge level={t.evidence} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
