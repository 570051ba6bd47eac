import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReleaseList } from "@/components/ReleaseList";
import { type LocaleParams, pageLocale } from "@/i18n/server";
import { releasesWithChanges } from "@/lib/changes";
import { FEED_LIMIT, feedLink, GENERAL_FEEDS } from "@/lib/feeds";
import { pageMetadata } from "@/lib/site";

type Props = { params: LocaleParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Releases.page" });
  return pageMetadata({
    locale,
    title: t("title"),
    description: t("description"),
    path: "/changes/",
    // The feeds stay English (their titles too): they are the same for every language's page.
    feeds: GENERAL_FEEDS.map(feedLink),
  });
}

export default async function ChangesPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Releases.page" });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p>
        {t.rich("follow", {
          limit: FEED_LIMIT,
          feeds: () =>
            GENERAL_FEEDS.map((key, i) => (
              <span key={key}>
                {i > 0 ? " · " : ""}
                <a href={feedLink(key).url} type="application/atom+xml" hrefLang="en">
                  {t(`feedNames.${key}`)}
                </a>
              </span>
            )),
        })}
      </p>
      <ReleaseList releases={releasesWithChanges()} />
    </>
  );
}
