import type { Claim } from "@cell-atlas/content";
import { EvidenceBadge } from "@/components/Evidence";
import { SourceRefs } from "@/components/Sources";
import { formatDate, label } from "@/lib/format";

/**
 * What someone says that no confirmed source shows, kept apart from the record's facts: its own
 * boxed section, each claim with who makes it, when, its status, the evidence of the pages that
 * make it and those pages.
 */
export function Claims({ claims, subject }: { claims: readonly Claim[]; subject: string }) {
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby="claims" className="claims">
      <h2 id="claims">Claims ({claims.length})</h2>
      <p className="small">
        What is said about {subject} that no confirmed source shows. These are not facts of the atlas: each is listed
        with who makes it, when, and where it was read.
      </p>
      <ul className="claim-list">
        {claims.map((c) => (
          <li key={c.claim + c.by} className="claim" data-claim-status={c.status}>
            <p className="claim-text">
              <span className={`badge claim-status claim-${c.status}`}>{label(c.status)}</span> {c.claim}
            </p>
            <p className="small">
              Claimed by {c.by}
              {c.date ? (
                <>
                  , <time dateTime={c.date}>{formatDate(c.date)}</time>
                </>
              ) : null}
              . <EvidenceBadge level={c.evidence} />
            </p>
            {c.note ? (
              <p className="claim-note small">
                <span className="claim-note-label">Note:</span> {c.note}
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
