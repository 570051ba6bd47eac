import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { RecordFooter } from "@/components/Changes";
import { EvidenceBadge, EvidenceLegend } from "@/components/Evidence";
import { RecordLinks, RelatedList } from "@/components/Links";
import { Markdown } from "@/components/Markdown";
import { Sources } from "@/components/Sources";
import { trialContext } from "@/components/TrialTable";
import { formatter } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import { atlas } from "@/lib/data";
import { type RecordPageProps, recordRoute } from "@/lib/record-route";
import { pageMetadata } from "@/lib/site";

export const dynamicParams = false;
const route = recordRoute("trials", async (t, locale) => {
  const m = await getTranslations({ locale, namespace: "Trial" });
  const f = formatter(locale);
  return pageMetadata({
    locale,
    title: m("metaTitle", { id: t.registryId ?? t.id.toUpperCase(), title: t.title }),
    description: m("metaDescription", {
      phase: f.label("phase", t.phase),
      status: f.label("trialStatus", t.status).toLocaleLowerCase(locale),
      conditions: t.conditions.join(", "),
    }),
    path: `/trials/${t.id}/`,
  });
});
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

/** Registry ids are Latin letters and digits: isolated left to right. */
const ltr = (chunks: ReactNode) => <bdi dir="ltr">{chunks}</bdi>;

export default async function TrialPage(props: RecordPageProps) {
  const found = await route.find(props);
  if ("page" in found) return found.page;
  const { id, locale, record: t } = found;
  const m = await getTranslations({ locale, namespace: "Trial" });
  const links = await getTranslations({ locale, namespace: "Record.links" });
  const f = formatter(locale);
  const a = atlas();
  const related = a.related("trials", id);
  const ctx = trialContext(t);
  const registryEntry = m.rich("registryEntry", {
    id: t.registryId ?? t.id.toUpperCase(),
    registry: f.label("registry", t.registry),
    ltr,
  });
  return (
    <article>
      <p className="muted small">
        <Link href="/trials/">{m("crumb")}</Link> <span className="crumb-sep">›</span>
      </p>
      <h1 lang="en" dir="auto">
        {t.title}
      </h1>
      <dl className="facts">
        <dt>{m("facts.registry")}</dt>
        <dd>
          {t.url ? (
            <a href={t.url} rel="noopener noreferrer">
              {registryEntry}
            </a>
          ) : (
            registryEntry
          )}
        </dd>
        {t.secondaryIds.length > 0 ? (
          <>
            <dt>{m("facts.secondaryIds")}</dt>
            <dd>
              {t.secondaryIds.map((x, i) => {
                const entry = m.rich("registryEntry", { id: x.id, registry: f.label("registry", x.registry), ltr });
                return (
                  <span key={x.registry + x.id}>
                    {i > 0 ? links("separator") : ""}
                    {x.url ? (
                      <a href={x.url} rel="noopener noreferrer">
                        {entry}
                      </a>
                    ) : (
                      entry
                    )}
                  </span>
                );
              })}
            </dd>
          </>
        ) : null}
        <dt>{m("facts.evidence")}</dt>
        <dd>
          <EvidenceBadge level={t.evidence} explain />
        </dd>
        <dt>{m("facts.studyType")}</dt>
        <dd>{f.label("studyType", t.studyType)}</dd>
        <dt>{m("facts.phase")}</dt>
        <dd>{f.label("phase", t.phase)}</dd>
        <dt>{m("facts.status")}</dt>
        <dd>{f.label("trialStatus", t.status)}</dd>
        <dt>{m("facts.conditions")}</dt>
        <dd>
          <bdi lang="en">{t.conditions.join(", ")}</bdi>
        </dd>
        {ctx.areas.length > 0 ? (
          <>
            <dt>{m("facts.area")}</dt>
            <dd>
              {ctx.areas.map((ar, i) => (
                <span key={ar}>
                  {i > 0 ? links("separator") : ""}
                  <Link href={`/areas/${ar}/`}>{f.label("area", ar)}</Link>
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {ctx.modalities.length > 0 ? (
          <>
            <dt>{m("facts.cellType")}</dt>
            <dd>{ctx.modalities.map((v) => f.label("modality", v)).join(links("separator"))}</dd>
          </>
        ) : null}
        {t.enrollment !== undefined ? (
          <>
            <dt>{m("facts.participants")}</dt>
            <dd>{f.number(t.enrollment)}</dd>
          </>
        ) : null}
        {t.startDate ? (
          <>
            <dt>{m("facts.start")}</dt>
            <dd>
              <time dateTime={t.startDate}>{f.date(t.startDate)}</time>
            </dd>
          </>
        ) : null}
        {t.completionDate ? (
          <>
            <dt>{m("facts.completion")}</dt>
            <dd>
              <time dateTime={t.completionDate}>{f.date(t.completionDate)}</time>
            </dd>
          </>
        ) : null}
        <dt>{m("facts.countries")}</dt>
        <dd>
          <RecordLinks collection="countries" ids={t.countries} />
        </dd>
        {t.sponsor ? (
          <>
            <dt>{m("facts.sponsor")}</dt>
            <dd>
              <RecordLinks collection="organizations" ids={[t.sponsor]} />
            </dd>
          </>
        ) : null}
      </dl>
      <EvidenceLegend />
      {t.result ? (
        <section aria-labelledby="result">
          <h2 id="result">{m("result")}</h2>
          <Markdown>{t.result}</Markdown>
        </section>
      ) : null}
      <RelatedList id="therapies" title={m("therapies")} collection="therapies" refs={related.therapies} />
      <Sources sources={t.sources} lastReviewed={t.lastReviewed} />
      <RecordFooter collection="trials" id={id} name={t.title} />
    </article>
  );
}
