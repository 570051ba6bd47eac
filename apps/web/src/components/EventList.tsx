import type { Event } from "@cell-atlas/content";
import { RecordLinks } from "@/components/Links";
import { Markdown } from "@/components/Markdown";
import { formatDate, label } from "@/lib/format";

/** Events as a timeline: an ordered list, newest first as the query module sorts them. */
export function EventList({
  events,
  headingLevel = 3,
  withAnchors = false,
  filterable = false,
}: {
  events: readonly Event[];
  headingLevel?: 2 | 3;
  withAnchors?: boolean;
  filterable?: boolean;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="timeline" {...(filterable ? { "data-filter-list": "" } : {})}>
      {events.map((e) => (
        <li key={e.id} data-id={e.id} {...(withAnchors ? { id: `event-${e.id}` } : {})}>
          {withAnchors ? (e.formerIds ?? []).map((f) => <span key={f} id={`event-${f}`} aria-hidden="true" />) : null}
          <p className="timeline-date">
            <time dateTime={e.date}>{formatDate(e.date)}</time>{" "}
            <span className={`badge ev-${e.kind}`}>{label(e.kind)}</span>
          </p>
          <H className="timeline-title">{e.title}</H>
          <Markdown headingOffset={3}>{e.summary}</Markdown>
          <p className="muted small">
            {e.countries.length > 0 ? (
              <>
                Countries: <RecordLinks collection="countries" ids={e.countries} />.{" "}
              </>
            ) : null}
            {e.therapies.length > 0 ? (
              <>
                Therapies: <RecordLinks collection="therapies" ids={e.therapies} />.{" "}
              </>
            ) : null}
            {e.organizations.length > 0 ? (
              <>
                Organizations: <RecordLinks collection="organizations" ids={e.organizations} />.{" "}
              </>
            ) : null}
            Source:{" "}
            {e.sources.map((s, i) => (
              <span key={s.url}>
                {i > 0 ? "; " : ""}
                <a href={s.url} rel="noopener noreferrer">
                  {s.publisher}
                </a>{" "}
                ({label(s.kind)})
              </span>
            ))}
            .
          </p>
        </li>
      ))}
    </ol>
  );
}
