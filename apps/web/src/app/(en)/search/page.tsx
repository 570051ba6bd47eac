import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localePath } from "@/i18n/locales";
import { type LocaleParams, pageLocale } from "@/i18n/server";
import { pageMetadata } from "@/lib/site";

type Props = { params: LocaleParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Search" });
  return pageMetadata({ locale, title: t("title"), description: t("description"), path: "/search/" });
}

/** The search page's server-rendered text; the results are rendered by /js/search-page.js. */
export default async function SearchPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Search" });
  return (
    <>
      <h1>{t("title")}</h1>
      <form className="search-box" method="get" action={localePath(locale, "/search/")} data-search-form="">
        <label htmlFor="search-q">{t("label")}</label>
        <input id="search-q" type="search" name="q" autoComplete="off" aria-describedby="search-help" />
        <button type="submit">{t("submit")}</button>
      </form>
      <p id="search-help" className="muted small">
        {t("help")}
      </p>
      <p role="status" data-search-status="" className="filter-status">
        {t("noScript")}
      </p>
      <div data-search-results="" />
      <script type="module" src="/js/search-page.js" />
    </>
  );
}
