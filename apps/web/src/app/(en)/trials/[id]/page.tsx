import Link from "next/link";
import { RecordFooter } from "@/components/Changes";
import { EvidenceBadge, EvidenceLegend } from "@/components/Evidence";
import { RecordLinks, RelatedList } from "@/components/Links";
import { Markdown } from "@/components/Markdown";
import { Sources } from "@/components/Sources";
import { trialContext } from "@/components/TrialTable";
import { areaInfo } from "@/lib/areas";
import { atlas } from "@/lib/data";
import { formatDate, label } from "@/lib/format";
import { type RecordPageProps, recordRoute } from "@/lib/record-route";
import { pageMetadata } from "@/lib/site";

export const dynamicParams = false;
const route = recordRoute("trials", (t) =>
  pageMetadata({
    title: `${t.registryId ?? t.id.toUpperCase()}: ${t.title}`,
    description: `${label(t.phase)} trial, ${label(t.status).toLowerCase()}: ${t.conditions.join(", ")}.`,
    path: `/trials/${t.id}/`,
  }),
);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function TrialPage(props: RecordPageProps) {
  const found = await route.find(props);
  if ("page" in found) return found.page;
  const { id, record: t } = found;
  const a = atlas();
  const related = a.related("trials", id);
  const ctx = trialContext(t);
  return (
    <article>
      <p className="muted small">
        <Link href="/trials/">Trials</Link> ›
      </p>
      <h1>{t.title}</h1>
      <dl className="facts">
        <dt>Registry</dt>
        <dd>
          {t.url ? (
            <a href={t.url} rel="noopener noreferrer">
              {t.registryId ?? t.id.toUpperCase()} on {label(t.registry)}
            </a>
          ) : (
            `${t.registryId ?? t.id.toUpperCase()} on ${label(t.registry)}`
          )}
        </dd>
        {t.secondaryIds.length > 0 ? (
          <>
            <dt>Also registered as</dt>
            <dd>
              {t.secondaryIds.map((x, i) => (
                <span key={x.registry + x.id}>
                  {i > 0 ? ", " : ""}
                  {x.url ? (
                    <a href={x.url} rel="noopener noreferrer">
                      {x.id} on {label(x.registry)}
                    </a>
                  ) : (
                    `${x.id} on ${label(x.registry)}`
                  )}
                </span>
              ))}
            </dd>
          </>
        ) : null}
        <dt>Evidence</dt>
        <dd>
          <EvidenceBadge level={t.evidence} explain />
        </dd>
        <dt>Study type</dt>
        <dd>{label(t.studyType)}</dd>
        <dt>Phase</dt>
        <dd>{label(t.phase)}</dd>
        <dt>Status</dt>
        <dd>{label(t.status)}</dd>
        <dt>Conditions</dt>
        <dd>{t.conditions.join(", ")}</dd>
        {ctx.areas.length > 0 ? (
          <>
            <dt>Area</dt>
            <dd>
              {ctx.areas.map((ar, i) => (
                <span key={ar}>
                  {i > 0 ? ", " : ""}
                  <Link href={`/areas/${ar}/`}>{areaInfo(ar)?.title ?? label(ar)}</Link>
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {ctx.modalities.length > 0 ? (
          <>
            <dt>Cell type</dt>
            <dd>{ctx.modalities.map(label).join(", ")}</dd>
          </>
        ) : null}
        {t.enrollment !== undefined ? (
          <>
            <dt>Participants</dt>
            <dd>{t.enrollment}</dd>
          </>
        ) : null}
        {t.startDate ? (
          <>
            <dt>Start</dt>
            <dd>
              <time dateTime={t.startDate}>{formatDate(t.startDate)}</time>
            </dd>
          </>
        ) : null}
        {t.completionDate ? (
          <>
            <dt>Completion</dt>
            <dd>
              <time dateTime={t.completionDate}>{formatDate(t.completionDate)}</time>
            </dd>
          </>
        ) : null}
        <dt>Countries</dt>
        <dd>
          <RecordLinks collection="countries" ids={t.countries} />
        </dd>
        {t.sponsor ? (
          <>
            <dt>Sponsor</dt>
            <dd>
              <RecordLinks collection="organizations" ids={[t.sponsor]} />
            </dd>
          </>
        ) : null}
      </dl>
      <EvidenceLegend />
      {t.result ? (
        <section aria-labelledby="result">
          <h2 id="result">Result</h2>
          <Markdown>{t.result}</Markdown>
        </section>
      ) : null}
      <RelatedList id="therapies" title="Therapy tested" collection="therapies" refs={related.therapies} />
      <Sources sources={t.sources} lastReviewed={t.lastReviewed} />
      <RecordFooter collection="trials" id={id} name={t.title} />
    </article>
  );
}
