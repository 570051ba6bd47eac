import type { Area, Therapy } from "@cell-atlas/content";
import { useTranslations } from "next-intl";
import { EvidenceBadge } from "@/components/Evidence";
import { RecordLinks } from "@/components/Links";
import { useFormat } from "@/i18n/format";
import { Link } from "@/i18n/navigation";

/** Server-rendered list of therapies; each item carries data-id so the filter script can hide it. */
export function TherapyList({
  therapies,
  area,
  filterable = false,
  headingLevel = 2,
}: {
  therapies: readonly Therapy[];
  /** Only show indications in this area. */
  area?: Area;
  filterable?: boolean;
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations("Lists.therapy");
  const filterT = useTranslations("Lists.filter");
  const f = useFormat();
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul
      className="record-list"
      {...(filterable ? { "data-filter-list": "", "data-empty-text": filterT("nothingMatches") } : {})}
    >
      {therapies.map((th) => {
        const indications = area ? th.indications.filter((i) => i.area === area) : th.indications;
        return (
          <li key={th.id} data-id={th.id}>
            <H>
              <Link href={`/therapies/${th.id}/`} lang="en" dir="auto">
                {th.name}
              </Link>
            </H>
            <p className="small">
              <span className="badge">{f.label("modality", th.modality)}</span> {f.label("cellSource", th.cellSource)}
              {th.aliases.length > 0 ? (
                <span className="muted">
                  {" · "}
                  {t.rich("also", {
                    aliases: th.aliases.join(", "),
                    names: (chunks) => <bdi lang="en">{chunks}</bdi>,
                  })}
                </span>
              ) : null}{" "}
              · <RecordLinks collection="countries" ids={th.countries} />
            </p>
            <ul className="small">
              {indications.map((i) => (
                <li key={i.condition + i.stage}>
                  <bdi lang="en">{i.condition}</bdi> — {f.label("stage", i.stage)}, {f.label("status", i.status)}{" "}
                  <EvidenceBadge level={i.evidence} />
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
