import { getTranslations } from "next-intl/server";
import { RecordFooter } from "@/components/Changes";
import { Claims } from "@/components/Claims";
import { EventList } from "@/components/EventList";
import { EvidenceLegend } from "@/components/Evidence";
import { Figures } from "@/components/Figures";
import { LinkedName, NamesFact, RelatedList } from "@/components/Links";
import { Markdown } from "@/components/Markdown";
import { Notes } from "@/components/Notes";
import { Sources } from "@/components/Sources";
import { TrialTable } from "@/components/TrialTable";
import { formatter } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import { atlas, listAll, nameOf } from "@/lib/data";
import { type RecordPageProps, recordRoute } from "@/lib/record-route";
import { describe, pageMetadata } from "@/lib/site";

export const dynamicParams = false;
const route = recordRoute("organizations", (o, locale) =>
  pageMetadata({ locale, title: o.name, description: describe(o.summary), path: `/organizations/${o.id}/` }),
);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function OrganizationPage(props: RecordPageProps) {
  const found = await route.find(props);
  if ("page" in found) return found.page;
  const { id, locale, record: o } = found;
  const m = await getTranslations({ locale, namespace: "Organization" });
  const r = await getTranslations({ locale, namespace: "Record" });
  const links = await getTranslations({ locale, namespace: "Record.links" });
  const f = formatter(locale);
  const a = atlas();
  const related = a.related("organizations", id);
  const events = listAll("events", { organization: id });
  const sponsored = listAll("trials", { organization: id });
  const hasBadges = events.length + sponsored.length + o.figures.length + o.claims.length > 0;
  const regulates = a.dataset.countries.filter((c) => c.regulators.includes(id));
  const countryLink = (
    <Link href={`/countries/${o.country}/`}>
      <LinkedName collection="countries" id={o.country} />
    </Link>
  );
  return (
    <article>
      <p className="muted small">
        <Link href="/organizations/">{m("crumb")}</Link> <span className="crumb-sep">›</span>
      </p>
      <h1 lang="en" dir="auto">
        {o.name}
      </h1>
      <Markdown>{o.summary}</Markdown>
      {hasBadges ? <EvidenceLegend /> : null}
      <dl className="facts">
        <NamesFact names={o.names} />
        {o.aliases.length > 0 ? (
          <>
            <dt>{r("aliasesTerm")}</dt>
            <dd>
              <bdi lang="en">{o.aliases.join(", ")}</bdi>
            </dd>
          </>
        ) : null}
        <dt>{m("facts.kind")}</dt>
        <dd>{f.label("organizationKind", o.kind)}</dd>
        <dt>{m("facts.country")}</dt>
        <dd>
          {o.city
            ? m.rich("facts.countryCity", {
                country: f.country(o.country, nameOf("countries", o.country)),
                city: o.city,
                place: () => countryLink,
                en: (chunks) => <bdi lang="en">{chunks}</bdi>,
              })
            : countryLink}
        </dd>
        {o.founded ? (
          <>
            <dt>{m("facts.founded")}</dt>
            <dd>{f.date(String(o.founded))}</dd>
          </>
        ) : null}
        {o.website ? (
          <>
            <dt>{m("facts.website")}</dt>
            <dd>
              <a href={o.website} rel="noopener noreferrer" dir="ltr">
                {o.website.replace(/^https:\/\//, "").replace(/\/$/, "")}
              </a>
            </dd>
          </>
        ) : null}
        {regulates.length > 0 ? (
          <>
            <dt>{m("facts.regulates")}</dt>
            <dd>
              {regulates.map((c, i) => (
                <span key={c.id}>
                  {i > 0 ? links("separator") : ""}
                  <Link href={`/countries/${c.id}/`}>
                    <LinkedName collection="countries" id={c.id} name={c.name} />
                  </Link>
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      <RelatedList id="therapies" title={m("therapies")} collection="therapies" refs={related.therapies} />
      {sponsored.length > 0 ? (
        <section aria-labelledby="trials">
          <h2 id="trials">{m("trials.title", { count: sponsored.length })}</h2>
          <TrialTable trials={sponsored} name={m("trials.tableName", { name: o.name })} />
        </section>
      ) : null}
      {events.length > 0 ? (
        <section aria-labelledby="events">
          <h2 id="events">{m("events")}</h2>
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
