import Link from "next/link";
import { RecordFooter } from "@/components/Changes";
import { Claims } from "@/components/Claims";
import { EventList } from "@/components/EventList";
import { EvidenceLegend } from "@/components/Evidence";
import { Figures } from "@/components/Figures";
import { RelatedList } from "@/components/Links";
import { Markdown } from "@/components/Markdown";
import { Notes } from "@/components/Notes";
import { Sources } from "@/components/Sources";
import { TrialTable } from "@/components/TrialTable";
import { atlas, listAll, nameOf } from "@/lib/data";
import { label } from "@/lib/format";
import { type RecordPageProps, recordRoute } from "@/lib/record-route";
import { describe, pageMetadata } from "@/lib/site";

export const dynamicParams = false;
const route = recordRoute("organizations", (o) =>
  pageMetadata({ title: o.name, description: describe(o.summary), path: `/organizations/${o.id}/` }),
);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function OrganizationPage(props: RecordPageProps) {
  const found = await route.find(props);
  if ("page" in found) return found.page;
  const { id, record: o } = found;
  const a = atlas();
  const related = a.related("organizations", id);
  const events = listAll("events", { organization: id });
  const sponsored = listAll("trials", { organization: id });
  const hasBadges = events.length + sponsored.length + o.figures.length + o.claims.length > 0;
  const regulates = a.dataset.countries.filter((c) => c.regulators.includes(id));
  return (
    <article>
      <p className="muted small">
        <Link href="/organizations/">Organizations</Link> ›
      </p>
      <h1>{o.name}</h1>
      <Markdown>{o.summary}</Markdown>
      {hasBadges ? <EvidenceLegend /> : null}
      <dl className="facts">
        {o.aliases.length > 0 ? (
          <>
            <dt>Also known as</dt>
            <dd>{o.aliases.join(", ")}</dd>
          </>
        ) : null}
        <dt>Kind</dt>
        <dd>{label(o.kind)}</dd>
        <dt>Country</dt>
        <dd>
          <Link href={`/countries/${o.country}/`}>{nameOf("countries", o.country)}</Link>
          {o.city ? `, ${o.city}` : ""}
        </dd>
        {o.founded ? (
          <>
            <dt>Founded</dt>
            <dd>{o.founded}</dd>
          </>
        ) : null}
        {o.website ? (
          <>
            <dt>Website</dt>
            <dd>
              <a href={o.website} rel="noopener noreferrer">
                {o.website.replace(/^https:\/\//, "").replace(/\/$/, "")}
              </a>
            </dd>
          </>
        ) : null}
        {regulates.length > 0 ? (
          <>
            <dt>Regulator for</dt>
            <dd>
              {regulates.map((c, i) => (
                <span key={c.id}>
                  {i > 0 ? ", " : ""}
                  <Link href={`/countries/${c.id}/`}>{c.name}</Link>
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      <RelatedList id="therapies" title="Therapies" collection="therapies" refs={related.therapies} />
      {sponsored.length > 0 ? (
        <section aria-labelledby="trials">
          <h2 id="trials">Trials it sponsors ({sponsored.length})</h2>
          <TrialTable trials={sponsored} name={`Trials sponsored by ${o.name}`} />
        </section>
      ) : null}
      {events.length > 0 ? (
        <section aria-labelledby="events">
          <h2 id="events">Timeline</h2>
          <EventList events={events} />
        </section>
      ) : null}
      <Figures figures={o.figures} subject={o.name} />
      <Claims claims={o.claims} subject={o.name} />
      <Notes notes={o.notes} />
      <Sources sources={o.sources} lastReviewed={o.lastReviewed} />
      <RecordFooter collection="organizations" id={id} name={o.name} />
    </article>
  );
}
