import type { Claim } from "@cell-atlas/content";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { EvidenceBadge } from "@/components/Evidence";
import { SourceRefs } from "@/components/Sources";
import { useFormat } from "@/i18n/format";

const en = (chunks: ReactNode) => <bdi lang="en">{chunks}</bdi>;

/**
 * What someone says that no confirmed source shows, kept apart from the record's facts: its own
 * boxed section, each claim with who makes it, when, its status, the evidence of the pages that
 * make it and those pages.
 */
export function Claims({ claims, subject }: { claims: readonly Claim[]; subject: string }) {
  const t = useTranslations("Record.claims");
  const f = useFormat();
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby="claims" className="claims">
      <h2 id="claims">{t("title", { count: claims.length })}</h2>
      <p className="small">{t.rich("intro", { subject, en })}</p>
      <ul className="claim-list">
        {claims.map((c) => (
          <li key={c.claim + c.by} className="claim" data-claim-status={c.status}>
            <p className="claim-text">
              <span className={`badge claim-status claim-${c.status}`}>{f.label("claimStatus", c.status)}</span>{" "}
              <span lang="en" dir="ltr">
                {c.claim}
              </span>
            </p>
            <p className="small">
              {c.date
                ? t.rich("byDated", {
                    by: c.by,
                    date: f.date(c.date),
                    en,
                    time: (chunks) => <time dateTime={c.date}>{chunks}</time>,
                  })
                : t.rich("by", { by: c.by, en })}{" "}
              <EvidenceBadge level={c.evidence} />
            </p>
            {c.note ? (
              <p className="claim-note small">
                <span className="claim-note-label">{t("noteLabel")}</span>{" "}
                <span lang="en" dir="ltr">
                  {c.note}
                </span>
              </p>
            ) : null}
            <p className="small">
              <SourceRefs sources={c.sources} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
