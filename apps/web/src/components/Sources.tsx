import type { Source } from "@cell-atlas/content";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormat } from "@/i18n/format";

/** The host of a URL, to name the copy a source was read on ("trial.medpath.com"). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/** The rich-text tags of the source messages: when the page was read, and the copy it was read on. */
function readTags(s: Source) {
  return {
    time: (chunks: ReactNode) => <time dateTime={s.accessed}>{chunks}</time>,
    via: (chunks: ReactNode) => (
      <a href={s.via} rel="noopener noreferrer" className="source-via" dir="ltr">
        {chunks}
      </a>
    ),
  };
}

/** A record's sources: the canonical page, who published it and when, when it was read and where. */
export function Sources({ sources, lastReviewed }: { sources: readonly Source[]; lastReviewed: string }) {
  const t = useTranslations("Record.sources");
  const f = useFormat();
  const pub = (chunks: ReactNode) => <bdi lang="en">{chunks}</bdi>;
  return (
    <section aria-labelledby="sources" className="sources">
      <h2 id="sources">{t("title")}</h2>
      <ol>
        {sources.map((s) => (
          <li key={s.url + s.title}>
            <a href={s.url} rel="noopener noreferrer" lang="en" dir="ltr">
              {s.title}
            </a>
            <span className="source-meta">
              {" "}
              {s.published
                ? t.rich("metaDated", { publisher: s.publisher, date: f.date(s.published), pub })
                : t.rich("meta", { publisher: s.publisher, pub })}
            </span>{" "}
            <span className={`badge kind-${s.kind}`}>{f.label("sourceKind", s.kind)}</span>
            <br />
            <span className="source-url" dir="ltr">
              {s.url}
            </span>
            <br />
            <span className="source-read small muted">
              {s.via
                ? t.rich("accessedVia", { date: f.date(s.accessed), host: hostOf(s.via), ...readTags(s) })
                : t.rich("accessed", { date: f.date(s.accessed), ...readTags(s) })}
            </span>
          </li>
        ))}
      </ol>
      <p className="reviewed">
        {t.rich("lastReviewed", {
          date: f.date(lastReviewed),
          time: (chunks) => <time dateTime={lastReviewed}>{chunks}</time>,
        })}
      </p>
    </section>
  );
}

/**
 * Sources of one part of a record (a claim, a figure, an event), inline: publisher, kind, date,
 * when it was read and the copy it was read on.
 */
export function SourceRefs({ sources }: { sources: readonly Source[] }) {
  const t = useTranslations("Record.sources");
  const f = useFormat();
  return (
    <span className="source-refs">
      {t("refsLead", { count: sources.length })}{" "}
      {sources.map((s, i) => {
        const values = {
          publisher: s.publisher,
          kind: f.label("sourceKind", s.kind),
          published: f.date(s.published),
          accessed: f.date(s.accessed),
          host: s.via ? hostOf(s.via) : "",
          pub: (chunks: ReactNode) => (
            <a href={s.url} rel="noopener noreferrer" lang="en">
              {chunks}
            </a>
          ),
          ...readTags(s),
        };
        return (
          <span key={s.url + s.title}>
            {i > 0 ? t("refSeparator") : ""}
            {s.published
              ? t.rich(s.via ? "refDatedVia" : "refDated", values)
              : t.rich(s.via ? "refVia" : "ref", values)}
          </span>
        );
      })}
      {t("refsEnd")}
    </span>
  );
}
