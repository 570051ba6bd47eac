import Link from "next/link";
import { RecordFooter } from "@/components/Changes";
import { Claims } from "@/components/Claims";
import { Coverage } from "@/components/Coverage";
import { EventList } from "@/components/EventList";
import { EvidenceLegend } from "@/components/Evidence";
import { Figures } from "@/components/Figures";
import { Markdown } from "@/components/Markdown";
import { Sources } from "@/components/Sources";
import { TherapyList } from "@/components/TherapyList";
import { TrialTable } from "@/components/TrialTable";
import { atlas, listAll } from "@/lib/data";
import { countryFeedIds, feedLink } from "@/lib/feeds";
import { formatDate, label } from "@/lib/format";
import { type RecordPageProps, recordRoute } from "@/lib/record-route";
import { describe, pageMetadata } from "@/lib/site";

export const dynamicParams = false;
const route = recordRoute("countries", (c) =>
  pageMetadata({
    title: `${c.name}: cell therapy`,
    description: describe(c.summary),
    path: `/countries/${c.id}/`,
    feeds: countryFeedIds().includes(c.id) ? [feedLink({ country: c.id })] : [],
  }),
);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function CountryPage(props: RecordPageProps) {
  const found = await route.find(props);
  if ("page" in found) return found.page;
  const { id, record: c } = found;
  const a = atlas();
  const therapies = listAll("therapies", { country: id });
  const organizations = listAll("organizations", { country: id });
  const regulators = c.regulators.map((r) => a.get("organizations", r)).filter((x) => x !== undefined);
  const trials = listAll("trials", { country: id });
  const events = listAll("events", { country: id });
  const nothing = therapies.length + organizations.length + regulators.length + trials.length + events.length === 0;
  return (
    <article>
      <p className="muted small">
        <Link href="/countries/">Countries</Link> ›
      </p>
      <h1>{c.name}</h1>
      <dl className="facts">
        <dt>OIC member state</dt>
        <dd>{c.oicMember ? "Yes" : "No"}</dd>
        <dt>Region</dt>
        <dd>{label(c.region)}</dd>
      </dl>
      <Markdown>{c.summary}</Markdown>
      {nothing && c.figures.length + c.claims.length === 0 ? null : <EvidenceLegend />}
      {nothing ? (
        <p className="empty">
          Nothing found in public sources as of <time dateTime={c.lastReviewed}>{formatDate(c.lastReviewed)}</time>: no
          programme, organization, regulator, trial or event is recorded for {c.name} yet.{" "}
          <Link href="/contribute/">Know of one? Add it.</Link>
        </p>
      ) : null}

      {regulators.length > 0 ? (
        <section aria-labelledby="regulators">
          <h2 id="regulators">Regulators</h2>
          <ul className="link-list">
            {regulators.map((r) => (
              <li key={r.id}>
                <Link href={`/organizations/${r.id}/`}>{r.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {therapies.length > 0 ? (
        <section aria-labelledby="programmes">
          <h2 id="programmes">Programmes ({therapies.length})</h2>
          <TherapyList therapies={therapies} headingLevel={3} />
        </section>
      ) : null}

      {organizations.length > 0 ? (
        <section aria-labelledby="organizations">
          <h2 id="organizations">Organizations ({organizations.length})</h2>
          <ul className="link-list">
            {organizations.map((o) => (
              <li key={o.id}>
                <Link href={`/organizations/${o.id}/`}>{o.name}</Link> <span className="muted">— {label(o.kind)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="trials">
        <h2 id="trials">Trials ({trials.length})</h2>
        <Coverage country={c} />
        {trials.length > 0 ? (
          <TrialTable trials={trials} name={`Trials with a site in ${c.name}`} hide={["countries"]} />
        ) : null}
      </section>

      {events.length > 0 ? (
        <section aria-labelledby="events">
          <h2 id="events">Timeline</h2>
          <EventList events={events} />
        </section>
      ) : null}

      <Figures figures={c.figures} subject={c.name} />
      <Claims claims={c.claims} subject={c.name} />
      <Sources sources={c.sources} lastReviewed={c.lastReviewed} />
      <RecordFooter
        collection="countries"
        id={id}
        name={c.name}
        feed={countryFeedIds().includes(id) ? feedLink({ country: id }) : undefined}
      />
    </article>
  );
}
