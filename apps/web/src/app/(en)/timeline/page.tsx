import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventList } from "@/components/EventList";
import { EvidenceLegend } from "@/components/Evidence";
import { FilterForm } from "@/components/FilterForm";
import { formatter } from "@/i18n/format";
import { type LocaleParams, pageLocale } from "@/i18n/server";
import { listAll } from "@/lib/data";
import { eventFacets } from "@/lib/facets";
import { pageMetadata } from "@/lib/site";

type Props = { params: LocaleParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Timeline" });
  return pageMetadata({ locale, title: t("title"), description: t("description"), path: "/timeline/" });
}

export default async function TimelinePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Timeline" });
  const events = listAll("events");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <FilterForm action="/timeline/" facets={eventFacets(formatter(locale))} noun="events" total={events.length} />
      <EvidenceLegend />
      {events.length === 0 ? <p className="empty">{t("empty")}</p> : null}
      <EventList events={events} headingLevel={2} withAnchors filterable />
    </>
  );
}
