import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EvidenceLegend } from "@/components/Evidence";
import { FilterForm } from "@/components/FilterForm";
import { TherapyList } from "@/components/TherapyList";
import { type LocaleParams, pageLocale } from "@/i18n/server";
import { listAll } from "@/lib/data";
import { therapyFacets } from "@/lib/facets";
import { pageMetadata } from "@/lib/site";

type Props = { params: LocaleParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Therapies" });
  return pageMetadata({ locale, title: t("title"), description: t("description"), path: "/therapies/" });
}

export default async function TherapiesPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Therapies" });
  const therapies = listAll("therapies");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <FilterForm
        action="/therapies/"
        facets={therapyFacets()}
        noun="therapies"
        total={therapies.length}
        searchCollection="therapies"
      />
      <EvidenceLegend />
      {therapies.length === 0 ? <p className="empty">{t("empty")}</p> : null}
      <TherapyList therapies={therapies} filterable />
    </>
  );
}
