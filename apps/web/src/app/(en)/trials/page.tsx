import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EvidenceLegend } from "@/components/Evidence";
import { FilterForm } from "@/components/FilterForm";
import { ScrollRegion } from "@/components/ScrollRegion";
import { StackedBars } from "@/components/StackedBars";
import { TrialTable } from "@/components/TrialTable";
import { formatter } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import { type LocaleParams, pageLocale } from "@/i18n/server";
import { AREAS } from "@/lib/areas";
import { atlas, listAll } from "@/lib/data";
import { trialFacets } from "@/lib/facets";
import { pageMetadata } from "@/lib/site";

type Props = { params: LocaleParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Trials" });
  return pageMetadata({ locale, title: t("title"), description: t("description"), path: "/trials/" });
}

export default async function TrialsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Trials" });
  const areaT = await getTranslations({ locale, namespace: "Area" });
  const f = formatter(locale);
  const trials = listAll("trials");
  const stats = atlas().stats().trials;
  // Years in order, oldest first; trials with no recorded start last.
  const years = [...stats.byYear].sort((a, b) =>
    a.key === "unknown" ? 1 : b.key === "unknown" ? -1 : a.key.localeCompare(b.key),
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p className="small">
        {t.rich("alsoHere", {
          byYear: (chunks) => <a href="#by-year">{chunks}</a>,
          byCountry: (chunks) => <a href="#by-country">{chunks}</a>,
        })}
      </p>
      <FilterForm
        action="/trials/"
        facets={trialFacets(f)}
        noun="trials"
        total={trials.length}
        searchCollection="trials"
      />
      <EvidenceLegend />
      {trials.length === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <TrialTable trials={trials} name={t("region")} filterable />
      )}

      <h2 id="by-year">{t("byYearTitle")}</h2>
      <StackedBars
        id="chart-trials-year"
        title={t("chartTitle")}
        rowHeader={t("chartRowHeader")}
        rowNoun={t("chartRowNoun")}
        unit={t("chartUnit")}
        series={AREAS.map((a) => ({ id: a.id, label: areaT(`${a.id}.title`) }))}
        rows={years.map((y) => ({
          label: y.key === "unknown" ? t("startUnknown") : f.date(y.key),
          total: y.trials,
          parts: y.byArea,
        }))}
        note={t("chartNote")}
      />

      <h2 id="by-country">{t("byCountryTitle")}</h2>
      {stats.byCountry.length === 0 ? (
        <p className="muted">{t("noData")}</p>
      ) : (
        <>
          <p>{t("byCountryLead")}</p>
          <ScrollRegion label={t("byCountryRegion")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("byCountryTable.country")}</th>
                  <th scope="col">{t("byCountryTable.trials")}</th>
                </tr>
              </thead>
              <tbody>
                {stats.byCountry.map((c) => (
                  <tr key={c.key}>
                    <th scope="row">
                      <Link href={`/countries/${c.key}/#trials`}>{f.country(c.key, c.name)}</Link>
                    </th>
                    <td>{f.number(c.trials)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </>
  );
}
