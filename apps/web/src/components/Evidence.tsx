import { EVIDENCE_LEVELS, type EvidenceLevel } from "@cell-atlas/content";
import { EVIDENCE, EVIDENCE_HELP } from "@/lib/evidence";

/**
 * The evidence level of one fact: a mark and a word, never colour alone, with its one-line
 * explanation. `explain` shows the explanation; otherwise it is text for screen readers only,
 * and the page's legend explains the levels to everyone else.
 */
export function EvidenceBadge({ level, explain = false }: { level: EvidenceLevel; explain?: boolean }) {
  const e = EVIDENCE[level];
  return (
    <span className="evidence-wrap" data-evidence={level}>
      <span className={`evidence evidence-${level}`}>
        <span className="evidence-mark" aria-hidden="true">
          {e.mark}
        </span>
        <span className="visually-hidden">Evidence: </span>
        {e.label}
      </span>
      {explain ? (
        <span className="evidence-explain"> — {e.explain}</span>
      ) : (
        <span className="visually-hidden"> ({e.explain})</span>
      )}
    </span>
  );
}

/** What the three levels mean, shown once on every page that has badges. */
export function EvidenceLegend() {
  return (
    <div className="evidence-legend small">
      <p className="evidence-legend-title">
        Evidence levels, from the kind of source behind each fact (<a href={EVIDENCE_HELP}>how a level is set</a>):
      </p>
      <ul>
        {EVIDENCE_LEVELS.map((level) => (
          <li key={level}>
            <span className={`evidence evidence-${level}`}>
              <span className="evidence-mark" aria-hidden="true">
                {EVIDENCE[level].mark}
              </span>
              {EVIDENCE[level].label}
            </span>{" "}
            {EVIDENCE[level].explain}
          </li>
        ))}
      </ul>
    </div>
  );
}
