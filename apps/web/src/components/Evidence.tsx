import { EVIDENCE_LEVELS, type EvidenceLevel } from "@cell-atlas/content";
import { useTranslations } from "next-intl";
import { useFormat } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import { EVIDENCE_HELP, EVIDENCE_MARK } from "@/lib/evidence";

/**
 * The evidence level of one fact: a mark and a word, never colour alone, with its one-line
 * explanation. `explain` shows the explanation; otherwise it is text for screen readers only,
 * and the page's legend explains the levels to everyone else.
 */
export function EvidenceBadge({ level, explain = false }: { level: EvidenceLevel; explain?: boolean }) {
  const t = useTranslations("Record.evidence");
  const f = useFormat();
  const explanation = t(`explain.${level}`);
  return (
    <span className="evidence-wrap" data-evidence={level}>
      <span className={`evidence evidence-${level}`}>
        <span className="evidence-mark" aria-hidden="true">
          {EVIDENCE_MARK[level]}
        </span>
        <span className="visually-hidden">{t("prefix")}</span>
        {f.label("evidence", level)}
      </span>
      {explain ? (
        <span className="evidence-explain">{t("explained", { explanation })}</span>
      ) : (
        <span className="visually-hidden">{t("explainedHidden", { explanation })}</span>
      )}
    </span>
  );
}

/** What the three levels mean, shown once on every page that has badges. */
export function EvidenceLegend() {
  const t = useTranslations("Record.evidence");
  const f = useFormat();
  return (
    <div className="evidence-legend small">
      <p className="evidence-legend-title">
        {t.rich("legendTitle", { link: (chunks) => <Link href={EVIDENCE_HELP}>{chunks}</Link> })}
      </p>
      <ul>
        {EVIDENCE_LEVELS.map((level) => (
          <li key={level}>
            <span className={`evidence evidence-${level}`}>
              <span className="evidence-mark" aria-hidden="true">
                {EVIDENCE_MARK[level]}
              </span>
              {f.label("evidence", level)}
            </span>{" "}
            {t(`explain.${level}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
