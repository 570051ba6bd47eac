import type { Source } from "@cell-atlas/content";
import { formatDate, label } from "@/lib/format";

/** The host of a URL, to name the copy a source was read on ("trial.medpath.com"). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/** "read on: host" when the page was read in a copy (a mirror, an archive) rather than at its url. */
function ReadOn({ via }: { via: string | undefined }) {
  if (!via) return null;
  return (
    <>
      read on:{" "}
      <a href={via} rel="noopener noreferrer" className="source-via">
        {hostOf(via)}
      </a>
    </>
  );
}

/** A record's sources: the canonical page, who published it and when, when it was read and where. */
export function Sources({ sources, lastReviewed }: { sources: readonly Source[]; lastReviewed: string }) {
  return (
    <section aria-labelledby="sources" className="sources">
      <h2 id="sources">Sources</h2>
      <ol>
        {sources.map((s) => (
          <li key={s.url + s.title}>
            <a href={s.url} rel="noopener noreferrer">
              {s.title}
            </a>
            <span className="source-meta">
              {" "}
              — {s.publisher}
              {s.published ? `, ${formatDate(s.published)}` : ""}
            </span>{" "}
            <span className={`badge kind-${s.kind}`}>{label(s.kind)}</span>
            <br />
            <span className="source-url">{s.url}</span>
            <br />
            <span className="source-read small muted">
              Accessed <time dateTime={s.accessed}>{formatDate(s.accessed)}</time>
              {s.via ? (
                <>
                  ; <ReadOn via={s.via} />
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
      <p className="reviewed">
        Last reviewed: <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
      </p>
    </section>
  );
}

/**
 * Sources of one part of a record (a claim, a figure, an event), inline: publisher, kind, date,
 * when it was read and the copy it was read on.
 */
export function SourceRefs({ sources, lead = "Source" }: { sources: readonly Source[]; lead?: string }) {
  return (
    <span className="source-refs">
      {lead}
      {sources.length > 1 ? "s" : ""}:{" "}
      {sources.map((s, i) => (
        <span key={s.url + s.title}>
          {i > 0 ? "; " : ""}
          <a href={s.url} rel="noopener noreferrer">
            {s.publisher}
          </a>{" "}
          ({label(s.kind)}
          {s.published ? `, ${formatDate(s.published)}` : ""}; accessed{" "}
          <time dateTime={s.accessed}>{formatDate(s.accessed)}</time>
          {s.via ? (
            <>
              ; <ReadOn via={s.via} />
            </>
          ) : null}
          )
        </span>
      ))}
      .
    </span>
  );
}
