import { getTranslations } from "next-intl/server";
import { RecordFooter } from "@/components/Changes";
import { Claims } from "@/components/Claims";
import { Coverage } from "@/components/Coverage";
import { EventList } from "@/components/EventList";
import { EvidenceLegend } from "@/components/Evidence";
import { Figures } from "@/components/Figures";
import { LinkedName, NamesFact } from "@/components/Links";
import { Markdown } from "@/components/Markdown";
import { Sources } from "@/components/Sources";
import { TherapyList } from "@/components/TherapyList";
import { TrialTable } from "@/components/TrialTable";
import { formatter } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import { atlas, listAll } from "@/lib/data";
import { countryFeedIds, feedLink } from "@/lib/feeds";
import { type RecordPageProps, recordRoute } from "@/lib/record-route";
import { describe, pageMetadata } from "@/lib/site";

export const dynamicParams = false;
const route = recordRoute("countries", async (c, locale) => {
  const m = await getTranslations({ locale, namespace: "Country" });
  return pageMetadata({
    locale,
    title: m("metaTitle", { name: formatter(locale).country(c.id, c.name) }),
    description: describe(c.summary),
    path: `/countries/${c.id}/`,
    feeds: countryFeedIds().includes(c.id) ? [feedLink({ country: c.id })] : [],
  });
});
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function CountryPage(props: RecordPageProps) {
  const found = await route.find(props);
  if ("page" in found) return found.page;
  const { id, locale, record: c } = found;
  const m = await getTranslations({ locale, namespace: "Country" });
  const f = formatter(locale);
  const a = atlas();
  const therapies = listAll("therapies", { country: id });
  const organizations = listAll("organizations", { country: id });
  const regulators = c.regulators.map((r) => a.get("organizations", r)).filter((x) => x !== undefined);
  const trials = listAll("trials", { country: id });
  const events = listAll("events", { country: id });
  const nothing = therapies.length + organizations.length + regulators.length + trials.length + events.length === 0;
  const name = f.country(c.id, c.name);
  return (
    <article>
      <p className="muted small">
        <Link href="/countries/">{m("crumb")}</Link> <span className="crumb-sep">›</span>
      </p>
      <h1 lang="en" dir="auto">
        {c.name}
      </h1>
      <dl className="facts">
        <NamesFact names={c.names} />
        <dt>{m("facts.oicMember")}</dt>
        <dd>{c.oicMember ? m("facts.yes") : m("facts.no")}</dd>
        <dt>{m("facts.region")}</dt>
        <dd>{f.label("region", c.region)}</dd>
      </dl>
      <Markdown>{c.summary}</Markdown>
      {nothing && c.figures.length + c.claims.length === 0 ? null : <EvidenceLegend />}
      {nothing ? (
        <p className="empty">
          {m.rich("nothing", {
            date: f.date(c.lastReviewed),
            name,
            time: (chunks) => <time dateTime={c.lastReviewed}>{chunks}</time>,
            link: (chunks) => <Link href="/contribute/">{chunks}</Link>,
          })}
        </p>
      ) : null}

      {regulators.length > 0 ? (
        <section aria-labelledby="regulators">
          <h2 id="regulators">{m("regulators")}</h2>
          <ul className="link-list">
            {regulators.map((r) => (
              <li key={r.id}>
                <Link href={`/organizations/${r.id}/`}>
                  <LinkedName collection="organizations" id={r.id} name={r.name} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {therapies.length > 0 ? (
        <section aria-labelledby="programmes">
          <h2 id="programmes">{m("programmes", { count: therapies.length })}</h2>
          <TherapyList therapies={therapies} headingLevel={3} />
        </section>
      ) : null}

      {organizations.length > 0 ? (
        <section aria-labelledby="organizations">
          <h2 id="organizations">{m("organizations", { count: organizations.length })}</h2>
          <ul className="link-list">
            {organizations.map((o) => (
              <li key={o.id}>
                <Link href={`/organizations/${o.id}/`}>
                  <LinkedName collection="organizations" id={o.id} name={o.name} />
                </Link>{" "}
                <span className="muted">{m("organizationKind", { kind: f.label("organizationKind", o.kind) })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="trials">
        <h2 id="trials">{m("trials.title", { count: trials.length })}</h2>
        <Coverage country={c} />
        {trials.length > 0 ? (
          <TrialTable trials={trials} name={m("trials.tableName", { name })} hide={["countries"]} />
        ) : null}
      </section>

      {events.length > 0 ? (
        <section aria-labelledby="events">
          <h2 id="events">{m("events")}</h2>
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
