import type { Event } from "@cell-atlas/content";
import Link from "next/link";
import { EvidenceBadge } from "@/components/Evidence";
import { RecordLinks } from "@/components/Links";
import { Markdown } from "@/components/Markdown";
import { SourceRefs } from "@/components/Sources";
import { changeLog, fieldLabel, releaseHref } from "@/lib/changes";
import { formatDate, label } from "@/lib/format";

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** An event's changes in one line (events have no page of their own to hold a History section). */
function EventHistory({ id }: { id: string }) {
  const history = changeLog().history("events", id);
  if (history.length === 0) return null;
  return (
    <p className="muted small event-history" data-history={id}>
      History:{" "}
      {history.map((c, i) => (
        <span key={`${c.release}/${c.type}`} data-release={c.release} data-change={c.type}>
          {i > 0 ? "; " : ""}
          {c.type === "changed" ? "updated" : c.type === "renamed" ? `renamed from ${c.formerId}` : c.type} in release{" "}
          <Link href={releaseHref(c.release)}>{c.release}</Link>
          {c.fields && c.fields.length > 0
            ? ` (${c.fields.map((f) => lowerFirst(fieldLabel(f.path))).join(", ")})`
            : ""}
        </span>
      ))}
      .
    </p>
  );
}

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
            <span className={`badge ev-${e.kind}`}>{label(e.kind)}</span> <EvidenceBadge level={e.evidence} />
          </p>
          <H className="timeline-title">{e.title}</H>
          <Markdown headingOffset={3}>{e.summary}</Markdown>
          {e.notes.length > 0 ? (
            <div className="event-notes small">
              {e.notes.map((n) => (
                <div key={n} className="event-note">
                  <span className="event-note-label">Note:</span> <Markdown headingOffset={4}>{n}</Markdown>
                </div>
              ))}
            </div>
          ) : null}
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
            <SourceRefs sources={e.sources} />
          </p>
          {withAnchors ? <EventHistory id={e.id} /> : null}
        </li>
      ))}
    </ol>
  );
}
