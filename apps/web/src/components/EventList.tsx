import type { Event } from "@cell-atlas/content";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { EvidenceBadge } from "@/components/Evidence";
import { RecordLinks } from "@/components/Links";
import { Markdown } from "@/components/Markdown";
import { SourceRefs } from "@/components/Sources";
import { useFormat } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import { changeLog, changeText, releaseHref } from "@/lib/changes";

/** An event's changes in one line (events have no page of their own to hold a History section). */
function EventHistory({ id }: { id: string }) {
  const t = useTranslations("Lists.event");
  const f = useFormat();
  const { locale } = f;
  const history = changeLog().history("events", id);
  if (history.length === 0) return null;
  const text = changeText(locale);
  const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase(locale) + s.slice(1);
  const former = (chunks: ReactNode) => <bdi dir="ltr">{chunks}</bdi>;
  return (
    <p className="muted small event-history" data-history={id}>
      {t.rich("history", {
        changes: () =>
          history.map((c, i) => {
            const values = {
              type: c.type,
              formerId: c.formerId ?? "",
              release: c.release,
              former,
              link: (chunks: ReactNode) => (
                <Link href={releaseHref(c.release)}>
                  <bdi dir="ltr">{chunks}</bdi>
                </Link>
              ),
            };
            return (
              <span key={`${c.release}/${c.type}`} data-release={c.release} data-change={c.type}>
                {i > 0 ? t("historySeparator") : ""}
                {c.fields && c.fields.length > 0
                  ? t.rich("changeFields", {
                      ...values,
                      fields: c.fields.map((x) => lowerFirst(text.fieldLabel(x.path))).join(t("fieldSeparator")),
                    })
                  : t.rich("change", values)}
              </span>
            );
          }),
      })}
    </p>
  );
}

/**
 * Events as a timeline: an ordered list, newest first as the query module sorts them. Titles,
 * summaries and notes are record text, in English (Markdown marks its wrapper lang="en").
 */
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
  const t = useTranslations("Lists.event");
  const filterT = useTranslations("Lists.filter");
  const f = useFormat();
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol
      className="timeline"
      {...(filterable ? { "data-filter-list": "", "data-empty-text": filterT("nothingMatches") } : {})}
    >
      {events.map((e) => (
        <li key={e.id} data-id={e.id} {...(withAnchors ? { id: `event-${e.id}` } : {})}>
          {withAnchors ? (e.formerIds ?? []).map((x) => <span key={x} id={`event-${x}`} aria-hidden="true" />) : null}
          <p className="timeline-date">
            <time dateTime={e.date}>{f.date(e.date)}</time>{" "}
            <span className={`badge ev-${e.kind}`}>{f.label("eventKind", e.kind)}</span>{" "}
            <EvidenceBadge level={e.evidence} />
          </p>
          <H className="timeline-title" lang="en" dir="auto">
            {e.title}
          </H>
          <Markdown headingOffset={3}>{e.summary}</Markdown>
          {e.notes.length > 0 ? (
            <div className="event-notes small">
              {e.notes.map((n) => (
                <div key={n} className="event-note">
                  <span className="event-note-label">{t("note")}</span> <Markdown headingOffset={4}>{n}</Markdown>
                </div>
              ))}
            </div>
          ) : null}
          <p className="muted small">
            {e.countries.length > 0 ? (
              <>{t.rich("countries", { links: () => <RecordLinks collection="countries" ids={e.countries} /> })} </>
            ) : null}
            {e.therapies.length > 0 ? (
              <>{t.rich("therapies", { links: () => <RecordLinks collection="therapies" ids={e.therapies} /> })} </>
            ) : null}
            {e.organizations.length > 0 ? (
              <>
                {t.rich("organizations", {
                  links: () => <RecordLinks collection="organizations" ids={e.organizations} />,
                })}{" "}
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
