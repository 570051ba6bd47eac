import type { Area, Therapy } from "@cell-atlas/content";
import Link from "next/link";
import { EvidenceBadge } from "@/components/Evidence";
import { RecordLinks } from "@/components/Links";
import { label } from "@/lib/format";

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
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="record-list" {...(filterable ? { "data-filter-list": "" } : {})}>
      {therapies.map((t) => {
        const indications = area ? t.indications.filter((i) => i.area === area) : t.indications;
        return (
          <li key={t.id} data-id={t.id}>
            <H>
              <Link href={`/therapies/${t.id}/`}>{t.name}</Link>
            </H>
            <p className="small">
              <span className="badge">{label(t.modality)}</span> {label(t.cellSource)}
              {t.aliases.length > 0 ? <span className="muted"> · also {t.aliases.join(", ")}</span> : null} ·{" "}
              <RecordLinks collection="countries" ids={t.countries} />
            </p>
            <ul className="small">
              {indications.map((i) => (
                <li key={i.condition + i.stage}>
                  {i.condition} — {label(i.stage)}, {label(i.status)} <EvidenceBadge level={i.evidence} />
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
