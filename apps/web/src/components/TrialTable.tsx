import type { Trial } from "@cell-atlas/content";
import { useTranslations } from "next-intl";
import { EvidenceBadge } from "@/components/Evidence";
import { RecordLinks } from "@/components/Links";
import { ScrollRegion } from "@/components/ScrollRegion";
import { useFormat } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import { atlas } from "@/lib/data";

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
 * (the country on a country page). Trial titles are record text, in English.
 */
export function TrialTable({
  trials,
  name,
  filterable = false,
  hide = [],
}: {
  trials: readonly Trial[];
  /** Names the scrolling region for screen readers (already translated). */
  name: string;
  filterable?: boolean;
  hide?: readonly Column[];
}) {
  const t = useTranslations("Lists");
  const areaT = useTranslations("Area");
  const filterT = useTranslations("Lists.filter");
  const f = useFormat();
  const show = (c: Column) => !hide.includes(c);
  const none = t("none");
  return (
    <ScrollRegion label={name}>
      <table className="trial-table">
        <thead>
          <tr>
            <th scope="col">{t("trial.trial")}</th>
            <th scope="col">{t("trial.phaseStatus")}</th>
            {show("cellType") ? <th scope="col">{t("trial.cellType")}</th> : null}
            {show("area") ? <th scope="col">{t("trial.area")}</th> : null}
            {show("countries") ? <th scope="col">{t("trial.countries")}</th> : null}
            <th scope="col">{t("trial.start")}</th>
            <th scope="col">{t("trial.evidence")}</th>
          </tr>
        </thead>
        <tbody {...(filterable ? { "data-filter-list": "", "data-empty-text": filterT("nothingMatches") } : {})}>
          {trials.map((tr) => {
            const ctx = trialContext(tr);
            return (
              <tr key={tr.id} data-id={tr.id}>
                <th scope="row">
                  <Link href={`/trials/${tr.id}/`} lang="en" dir="auto">
                    {tr.title}
                  </Link>
                  <br />
                  <span className="muted small">
                    <bdi dir="ltr">{tr.registryId ?? tr.id.toUpperCase()}</bdi>
                    {tr.studyType === "observational" ? t("trial.observational") : ""}
                  </span>
                  {show("therapy") && ctx.therapies.length > 0 ? (
                    <span className="small trial-therapy">
                      <br />
                      {t.rich("trial.tests", {
                        links: () => <RecordLinks collection="therapies" ids={ctx.therapies} />,
                      })}
                    </span>
                  ) : null}
                </th>
                <td>
                  {f.label("phase", tr.phase)}
                  <br />
                  <span className="muted small">{f.label("trialStatus", tr.status)}</span>
                </td>
                {show("cellType") ? (
                  <td>
                    {ctx.modalities.length > 0
                      ? ctx.modalities.map((m) => f.label("modality", m)).join(t("separator"))
                      : none}
                  </td>
                ) : null}
                {show("area") ? (
                  <td>
                    {ctx.areas.length > 0 ? ctx.areas.map((a) => areaT(`${a}.title`)).join(t("separator")) : none}
                  </td>
                ) : null}
                {show("countries") ? (
                  <td>
                    <RecordLinks collection="countries" ids={tr.countries} />
                  </td>
                ) : null}
                <td>{tr.startDate ? <time dateTime={tr.startDate}>{f.date(tr.startDate)}</time> : none}</td>
                <td>
                  <EvidenceBadge level={tr.evidence} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
