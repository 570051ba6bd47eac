import { type Area, type Country, stageOrder } from "@cell-atlas/content";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/BarChart";
import { EventList } from "@/components/EventList";
import { EvidenceLegend } from "@/components/Evidence";
import { localName, RecordName } from "@/components/RecordName";
import { TherapyList } from "@/components/TherapyList";
import { TrialTable } from "@/components/TrialTable";
import { formatter, useFormat } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/server";
import { AREAS, areaInfo } from "@/lib/areas";
import { atlas, listAll } from "@/lib/data";
import { pageMetadata } from "@/lib/site";

export const dynamicParams = false;
export function generateStaticParams() {
  return AREAS.map((a) => ({ area: a.id }));
}

type Props = { params: Promise<{ area: string; locale?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const info = areaInfo((await params).area);
  const t = await getTranslations({ locale, namespace: "Area" });
  if (!info) return { title: t("page.notFound") };
  const area = t(`${info.id}.title`);
  return pageMetadata({
    locale,
    title: t("page.metaTitle", { area }),
    description: t(`${info.id}.intro`),
    path: `/areas/${info.id}/`,
  });
}

/** A country's name: its sourced local name, else the locale's (CLDR) name, else its English name. */
function CountryName({ country }: { country: Country }) {
  const f = useFormat();
  if (f.locale === "en" || localName(country, f.locale)) return <RecordName record={country} />;
  return <bdi dir="auto">{f.country(country.id, country.name)}</bdi>;
}

export default async function AreaPage({ params }: Props) {
  const locale = await pageLocale(params);
  const info = areaInfo((await params).area);
  if (!info) notFound();
  const t = await getTranslations({ locale, namespace: "Area" });
  const f = formatter(locale);
  const area: Area = info.id;
  const title = t(`${area}.title`);
  const a = atlas();
  const s = a.stats().byArea.find((x) => x.key === area);
  const therapies = listAll("therapies", { area, sort: "-stage" });
  const organizations = listAll("organizations", { area });
  const countries = listAll("countries", { area });
  const trials = listAll("trials", { area });
  const events = a.list("events", { area, limit: 10 }).data;
  const stages = new Map<string, number>();
  for (const th of therapies)
    for (const st of new Set(th.indications.filter((i) => i.area === area).map((i) => i.stage)))
      stages.set(st, (stages.get(st) ?? 0) + 1);

  return (
    <>
      <p className="muted small">
        <Link href="/">{t("page.crumbHome")}</Link>{" "}
        <span className="crumb-sep" aria-hidden="true">
          ›
        </span>{" "}
        {t("page.crumbAreas")}
      </p>
      <h1>{title}</h1>
      <p className="lead">{t(`${area}.intro`)}</p>
      <dl className="figures" aria-label={t("page.figuresLabel", { area: title })}>
        <div>
          <dt>{t("page.figures.programmes")}</dt>
          <dd>{f.number(s?.therapies ?? 0)}</dd>
        </div>
        <div>
          <dt>{t("page.figures.countries")}</dt>
          <dd>{f.number(s?.countries ?? 0)}</dd>
        </div>
        <div>
          <dt>{t("page.figures.trials")}</dt>
          <dd>{f.number(s?.trials ?? 0)}</dd>
        </div>
        <div>
          <dt>{t("page.figures.approvals")}</dt>
          <dd>{f.number(s?.approvals ?? 0)}</dd>
        </div>
      </dl>
      <p>
        <Link href={`/therapies/?area=${area}`}>{t("page.filterTherapies")}</Link> ·{" "}
        <Link href={`/trials/?area=${area}`}>{t("page.filterTrials")}</Link>
      </p>
      <EvidenceLegend />

      <h2 id="programmes">{t("page.programmes")}</h2>
      {therapies.length === 0 ? (
        <p className="empty">{t("page.noProgrammes")}</p>
      ) : (
        <>
          <BarChart
            id="chart-stage"
            title={t("page.chartStage", { area: title })}
            unit={t("page.chartUnit")}
            bars={[...stages]
              .sort(([x], [y]) => stageOrder(x) - stageOrder(y))
              .map(([k, v]) => ({ label: f.label("stage", k), value: v }))}
          />
          <TherapyList therapies={therapies} area={area} headingLevel={3} />
        </>
      )}

      {countries.length > 0 ? (
        <>
          <h2 id="countries">{t("page.countries")}</h2>
          <ul className="link-list">
            {countries.map((c) => (
              <li key={c.id}>
                <Link href={`/countries/${c.id}/`}>
                  <CountryName country={c} />
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {organizations.length > 0 ? (
        <>
          <h2 id="organizations">{t("page.organizations")}</h2>
          <ul className="link-list">
            {organizations.map((o) => (
              <li key={o.id}>
                <Link href={`/organizations/${o.id}/`}>
                  <RecordName record={o} />
                </Link>{" "}
                <span className="muted">
                  {t("page.organizationKind", { kind: f.label("organizationKind", o.kind) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {trials.length > 0 ? (
        <>
          <h2 id="trials">{t("page.trials", { count: trials.length })}</h2>
          <TrialTable trials={trials} name={t("page.trialsRegion", { area: title })} hide={["area"]} />
        </>
      ) : null}

      <h2 id="events">{t("page.events")}</h2>
      {events.length === 0 ? <p>{t("page.noEvents")}</p> : <EventList events={events} />}
    </>
  );
}
