import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/BarChart";
import { EventList } from "@/components/EventList";
import { EvidenceLegend } from "@/components/Evidence";
import { OicMap } from "@/components/OicMap";
import { ScrollRegion } from "@/components/ScrollRegion";
import { formatter } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import { type LocaleParams, pageLocale } from "@/i18n/server";
import { AREAS } from "@/lib/areas";
import { changeLog, releaseHref } from "@/lib/changes";
import { atlas } from "@/lib/data";
import { feedLink, GENERAL_FEEDS } from "@/lib/feeds";
import { programmesByYear } from "@/lib/programme-years";
import { pageMetadata } from "@/lib/site";

type Props = { params: LocaleParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Home" });
  return pageMetadata({
    locale,
    title: t("metaTitle"),
    description: t("description"),
    path: "/",
    feeds: GENERAL_FEEDS.map(feedLink),
  });
}

export default async function Home({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Home" });
  const areaT = await getTranslations({ locale, namespace: "Area" });
  const f = formatter(locale);
  const a = atlas();
  const stats = a.stats();
  const latest = a.list("events", { limit: 5 }).data;
  const byArea = new Map(stats.byArea.map((s) => [s.key, s]));
  const oic = stats.byCountry.filter((c) => c.oicMember);
  const release = changeLog().releases()[0];
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <dl className="figures" aria-label={t("figuresLabel")}>
        <div>
          <dt>{t("figures.programmes")}</dt>
          <dd>{f.number(stats.totals.therapies)}</dd>
        </div>
        <div>
          <dt>{t("figures.countriesWithProgrammes")}</dt>
          <dd>{f.number(stats.totals.countriesWithProgrammes)}</dd>
        </div>
        <div>
          <dt>{t("figures.trials")}</dt>
          <dd>{f.number(stats.totals.trials)}</dd>
        </div>
        <div>
          <dt>{t("figures.approvals")}</dt>
          <dd>{f.number(stats.totals.approvals)}</dd>
        </div>
        <div>
          <dt>{t("figures.oicMembers")}</dt>
          <dd>{f.number(stats.totals.oicMembers)}</dd>
        </div>
      </dl>
      {release ? (
        <p className="release-note">
          {t.rich("release", {
            version: release.version,
            date: f.date(release.date),
            release: (chunks) => (
              <Link href={releaseHref(release.version)}>
                <bdi dir="ltr">{chunks}</bdi>
              </Link>
            ),
            time: (chunks) => <time dateTime={release.date}>{chunks}</time>,
            changes: (chunks) => <Link href="/changes/">{chunks}</Link>,
            feed: (chunks) => <a href={feedLink("changes").url}>{chunks}</a>,
          })}
        </p>
      ) : null}

      <h2 id="areas">{t("areasTitle")}</h2>
      <div className="grid">
        {AREAS.filter((x) => x.main).map((area) => {
          const s = byArea.get(area.id);
          return (
            <section className="card" key={area.id} aria-labelledby={`area-${area.id}`}>
              <h3 id={`area-${area.id}`}>
                <Link href={`/areas/${area.id}/`}>{areaT(`${area.id}.title`)}</Link>
              </h3>
              <p>{areaT(`${area.id}.intro`)}</p>
              <p className="muted small">
                {t("areaCounts", {
                  programmes: s?.therapies ?? 0,
                  countries: s?.countries ?? 0,
                  trials: s?.trials ?? 0,
                  approvals: s?.approvals ?? 0,
                })}
              </p>
            </section>
          );
        })}
      </div>
      <p>
        {t.rich("otherAreas", {
          areas: () =>
            AREAS.filter((x) => !x.main).map((area, i) => (
              <span key={area.id}>
                {i > 0 ? t("otherAreasSeparator") : ""}
                <Link href={`/areas/${area.id}/`}>{areaT(`${area.id}.title`)}</Link>
              </span>
            )),
        })}
      </p>

      <h2 id="figures">{t("figuresTitle")}</h2>
      <ScrollRegion label={t("figuresTitle")}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("table.area")}</th>
              <th scope="col">{t("table.programmes")}</th>
              <th scope="col">{t("table.countries")}</th>
              <th scope="col">{t("table.trials")}</th>
              <th scope="col">{t("table.approvals")}</th>
            </tr>
          </thead>
          <tbody>
            {AREAS.map((area) => {
              const s = byArea.get(area.id);
              return (
                <tr key={area.id}>
                  <th scope="row">
                    <Link href={`/areas/${area.id}/`}>{areaT(`${area.id}.title`)}</Link>
                  </th>
                  <td>{f.number(s?.therapies ?? 0)}</td>
                  <td>{f.number(s?.countries ?? 0)}</td>
                  <td>{f.number(s?.trials ?? 0)}</td>
                  <td>{f.number(s?.approvals ?? 0)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="muted small">{t("figuresNote")}</p>

      <h2 id="charts">{t("chartsTitle")}</h2>
      <div className="grid">
        <BarChart
          id="chart-area"
          title={t("chartArea")}
          unit={t("chartUnit")}
          bars={AREAS.map((area) => ({
            label: areaT(`${area.id}.title`),
            value: byArea.get(area.id)?.therapies ?? 0,
            href: `/areas/${area.id}/`,
          }))}
        />
        <BarChart
          id="chart-stage"
          title={t("chartStage")}
          unit={t("chartUnit")}
          bars={stats.byStage.map((s) => ({
            label: f.label("stage", s.key),
            value: s.therapies,
            href: `/therapies/?stage=${s.key}`,
          }))}
        />
        <BarChart
          id="chart-year"
          title={t("chartYear")}
          unit={t("chartUnit")}
          bars={programmesByYear(a).map((y) => ({ label: f.date(y.year), value: y.programmes }))}
        />
      </div>

      <h2 id="map">{t("mapTitle")}</h2>
      <OicMap countries={oic.map((c) => ({ id: c.key, name: c.name, value: c.therapies }))} />

      <h2 id="latest">{t("latestTitle")}</h2>
      <EvidenceLegend />
      {latest.length === 0 ? <p className="empty">{t("noEvents")}</p> : <EventList events={latest} />}
      <p>
        <Link href="/timeline/">{t("fullTimeline")}</Link>
      </p>
    </>
  );
}
