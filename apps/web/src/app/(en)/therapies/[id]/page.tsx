import { getTranslations } from "next-intl/server";
import { RecordFooter } from "@/components/Changes";
import { Claims } from "@/components/Claims";
import { EventList } from "@/components/EventList";
import { EvidenceBadge, EvidenceLegend } from "@/components/Evidence";
import { LinkedName, NamesFact, RecordLinks, RelatedList } from "@/components/Links";
import { Markdown } from "@/components/Markdown";
import { Notes } from "@/components/Notes";
import { ScrollRegion } from "@/components/ScrollRegion";
import { SourceRefs, Sources } from "@/components/Sources";
import { TrialTable } from "@/components/TrialTable";
import { formatter } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import { atlas, listAll, nameOf } from "@/lib/data";
import { type RecordPageProps, recordRoute } from "@/lib/record-route";
import { describe, pageMetadata } from "@/lib/site";

export const dynamicParams = false;
const route = recordRoute("therapies", (t, locale) =>
  pageMetadata({ locale, title: t.name, description: describe(t.summary), path: `/therapies/${t.id}/` }),
);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function TherapyPage(props: RecordPageProps) {
  const found = await route.find(props);
  if ("page" in found) return found.page;
  const { id, locale, record: t } = found;
  const m = await getTranslations({ locale, namespace: "Therapy" });
  const r = await getTranslations({ locale, namespace: "Record" });
  const f = formatter(locale);
  const a = atlas();
  const related = a.related("therapies", id);
  const trials = listAll("trials", { therapy: id });
  const events = listAll("events", { therapy: id });
  return (
    <article>
      <p className="muted small">
        <Link href="/therapies/">{m("crumb")}</Link> <span className="crumb-sep">›</span>
      </p>
      <h1 lang="en" dir="auto">
        {t.name}
      </h1>
      <Markdown>{t.summary}</Markdown>
      <EvidenceLegend />
      <dl className="facts">
        <NamesFact names={t.names} />
        {t.aliases.length > 0 ? (
          <>
            <dt>{r("aliasesTerm")}</dt>
            <dd>
              <bdi lang="en">{t.aliases.join(", ")}</bdi>
            </dd>
          </>
        ) : null}
        <dt>{m("facts.modality")}</dt>
        <dd>
          <Link href={`/therapies/?modality=${t.modality}`}>{f.label("modality", t.modality)}</Link>
        </dd>
        <dt>{m("facts.cellSource")}</dt>
        <dd>{f.label("cellSource", t.cellSource)}</dd>
        {t.tissueOrigin ? (
          <>
            <dt>{m("facts.tissueOrigin")}</dt>
            <dd>
              <bdi lang="en">{t.tissueOrigin}</bdi>
            </dd>
          </>
        ) : null}
        {t.targets.length > 0 ? (
          <>
            <dt>{m("facts.targets")}</dt>
            <dd>
              <bdi lang="en">{t.targets.join(", ")}</bdi>
            </dd>
          </>
        ) : null}
        <dt>{m("facts.countries")}</dt>
        <dd>
          <RecordLinks collection="countries" ids={t.countries} />
        </dd>
      </dl>

      <section aria-labelledby="indications">
        <h2 id="indications">{m("indications.title")}</h2>
        <ScrollRegion label={m("indications.region")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{m("indications.condition")}</th>
                <th scope="col">{m("indications.area")}</th>
                <th scope="col">{m("indications.stage")}</th>
                <th scope="col">{m("indications.status")}</th>
                <th scope="col">{m("indications.evidence")}</th>
              </tr>
            </thead>
            <tbody>
              {t.indications.map((i) => (
                <tr key={i.condition + i.stage}>
                  <th scope="row" lang="en" dir="ltr">
                    {i.condition}
                    {i.note ? <p className="cell-note muted small">{i.note}</p> : null}
                  </th>
                  <td>
                    <Link href={`/areas/${i.area}/`}>{f.label("area", i.area)}</Link>
                  </td>
                  <td>{f.label("stage", i.stage)}</td>
                  <td>{f.label("status", i.status)}</td>
                  <td>
                    <EvidenceBadge level={i.evidence} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="approvals">
        <h2 id="approvals">{m("approvals.title")}</h2>
        {t.approvals.length === 0 ? (
          <p>{m("approvals.none")}</p>
        ) : (
          <ul className="approval-list">
            {t.approvals.map((ap) => (
              <li key={ap.regulator + ap.date + ap.indication}>
                <p>
                  {m.rich("approvals.entry", {
                    date: f.date(ap.date),
                    kind: f.label("approvalKind", ap.kind),
                    regulator: nameOf("organizations", ap.regulator),
                    country: f.country(ap.country, nameOf("countries", ap.country)),
                    indication: ap.indication,
                    time: (chunks) => <time dateTime={ap.date}>{chunks}</time>,
                    org: () => (
                      <Link href={`/organizations/${ap.regulator}/`}>
                        <LinkedName collection="organizations" id={ap.regulator} />
                      </Link>
                    ),
                    place: (chunks) => <Link href={`/countries/${ap.country}/`}>{chunks}</Link>,
                    en: (chunks) => <bdi lang="en">{chunks}</bdi>,
                  })}{" "}
                  <EvidenceBadge level={ap.evidence} />
                </p>
                {ap.note ? (
                  <p className="small" lang="en" dir="ltr">
                    {ap.note}
                  </p>
                ) : null}
                <p className="small">
                  <SourceRefs sources={ap.sources} />
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="trials">
        <h2 id="trials">{m("trials.title")}</h2>
        {trials.length === 0 ? (
          <p>{m("trials.none")}</p>
        ) : (
          <TrialTable trials={trials} name={m("trials.tableName", { name: t.name })} hide={["therapy", "cellType"]} />
        )}
      </section>

      <RelatedList
        id="organizations"
        title={m("organizations")}
        collection="organizations"
        refs={related.organizations}
      />

      <section aria-labelledby="events">
        <h2 id="events">{m("events.title")}</h2>
        {events.length === 0 ? <p>{m("events.none")}</p> : <EventList events={events} />}
      </section>

      <Claims claims={t.claims} subject={t.name} />
      <Notes notes={t.notes} />
      <Sources sources={t.sources} lastReviewed={t.lastReviewed} />
      <RecordFooter collection="therapies" id={id} name={t.name} />
    </article>
  );
}
