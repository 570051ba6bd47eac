import type { Source } from "@cell-atlas/content";
import { formatDate, label } from "@/lib/format";

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
              {s.accessed ? ` (accessed ${formatDate(s.accessed)})` : ""}
            </span>{" "}
            <span className={`badge kind-${s.kind}`}>{label(s.kind)}</span>
            <br />
            <span className="source-url">{s.url}</span>
          </li>
        ))}
      </ol>
      <p className="reviewed">
        Last reviewed: <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
      </p>
    </section>
  );
}
