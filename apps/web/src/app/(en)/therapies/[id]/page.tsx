import Link from "next/link";
import { RecordFooter } from "@/components/Changes";
import { Claims } from "@/components/Claims";
import { EventList } from "@/components/EventList";
import { EvidenceBadge, EvidenceLegend } from "@/components/Evidence";
import { RecordLinks, RelatedList } from "@/components/Links";
import { Markdown } from "@/components/Markdown";
import { Notes } from "@/components/Notes";
import { ScrollRegion } from "@/components/ScrollRegion";
import { SourceRefs, Sources } from "@/components/Sources";
import { TrialTable } from "@/components/TrialTable";
import { areaInfo } from "@/lib/areas";
import { atlas, listAll, nameOf } from "@/lib/data";
import { formatDate, label } from "@/lib/format";
import { type RecordPageProps, recordRoute } from "@/lib/record-route";
import { describe, pageMetadata } from "@/lib/site";

export const dynamicParams = false;
const route = recordRoute("therapies", (t) =>
  pageMetadata({ title: t.name, description: describe(t.summary), path: `/therapies/${t.id}/` }),
);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function TherapyPage(props: RecordPageProps) {
  const found = await route.find(props);
  if ("page" in found) return found.page;
  const { id, record: t } = found;
  const a = atlas();
  const related = a.related("therapies", id);
  const trials = listAll("trials", { therapy: id });
  const events = listAll("events", { therapy: id });
  return (
    <article>
      <p className="muted small">
        <Link href="/therapies/">Therapies</Link> ›
      </p>
      <h1>{t.name}</h1>
      <Markdown>{t.summary}</Markdown>
      <EvidenceLegend />
      <dl className="facts">
        {t.aliases.length > 0 ? (
          <>
            <dt>Also known as</dt>
            <dd>{t.aliases.join(", ")}</dd>
          </>
        ) : null}
        <dt>Modality</dt>
        <dd>
          <Link href={`/therapies/?modality=${t.modality}`}>{label(t.modality)}</Link>
        </dd>
        <dt>Cell source</dt>
        <dd>{label(t.cellSource)}</dd>
        {t.tissueOrigin ? (
          <>
            <dt>Tissue origin</dt>
            <dd>{t.tissueOrigin}</dd>
          </>
        ) : null}
        {t.targets.length > 0 ? (
          <>
            <dt>Targets</dt>
            <dd>{t.targets.join(", ")}</dd>
          </>
        ) : null}
        <dt>Countries</dt>
        <dd>
          <RecordLinks collection="countries" ids={t.countries} />
        </dd>
      </dl>

      <section aria-labelledby="indications">
        <h2 id="indications">Indications</h2>
        <ScrollRegion label="Indications table">
          <table>
            <thead>
              <tr>
                <th scope="col">Condition</th>
                <th scope="col">Area</th>
                <th scope="col">Stage</th>
                <th scope="col">Status</th>
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {t.indications.map((i) => (
                <tr key={i.condition + i.stage}>
                  <th scope="row">
                    {i.condition}
                    {i.note ? <p className="cell-note muted small">{i.note}</p> : null}
                  </th>
                  <td>
                    <Link href={`/areas/${i.area}/`}>{areaInfo(i.area)?.title ?? label(i.area)}</Link>
                  </td>
                  <td>{label(i.stage)}</td>
                  <td>{label(i.status)}</td>
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
        <h2 id="approvals">Approvals</h2>
        {t.approvals.length === 0 ? (
          <p>No regulatory approval found in public sources.</p>
        ) : (
          <ul className="approval-list">
            {t.approvals.map((ap) => (
              <li key={ap.regulator + ap.date + ap.indication}>
                <p>
                  <time dateTime={ap.date}>{formatDate(ap.date)}</time>: {label(ap.kind)} approval by{" "}
                  <Link href={`/organizations/${ap.regulator}/`}>{nameOf("organizations", ap.regulator)}</Link> (
                  <Link href={`/countries/${ap.country}/`}>{nameOf("countries", ap.country)}</Link>) for {ap.indication}
                  . <EvidenceBadge level={ap.evidence} />
                </p>
                {ap.note ? <p className="small">{ap.note}</p> : null}
                <p className="small">
                  <SourceRefs sources={ap.sources} />
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="trials">
        <h2 id="trials">Trials</h2>
        {trials.length === 0 ? (
          <p>No registered trial recorded.</p>
        ) : (
          <TrialTable trials={trials} name={`Trials of ${t.name}`} hide={["therapy", "cellType"]} />
        )}
      </section>

      <RelatedList id="organizations" title="Organizations" collection="organizations" refs={related.organizations} />

      <section aria-labelledby="events">
        <h2 id="events">Timeline</h2>
        {events.length === 0 ? <p>No dated events recorded.</p> : <EventList events={events} />}
      </section>

      <Claims claims={t.claims} subject={t.name} />
      <Notes notes={t.notes} />
      <Sources sources={t.sources} lastReviewed={t.lastReviewed} />
      <RecordFooter collection="therapies" id={id} name={t.name} />
    </article>
  );
}
