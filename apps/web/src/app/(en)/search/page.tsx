import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { messagesJson, pluralTemplates } from "@/i18n/client-messages";
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
  const c = await getTranslations({ locale, namespace: "Search.client" });
  // The script fills in {q}, {shown} and {count} itself.
  const literal = { q: "{q}", shown: "{shown}" };
  const client = {
    collection: {
      therapies: c("collection.therapies"),
      organizations: c("collection.organizations"),
      countries: c("collection.countries"),
      trials: c("collection.trials"),
      events: c("collection.events"),
    },
    more: c("more"),
    nothing: c("nothing", literal),
    results: pluralTemplates(locale, (count) => c("results", { ...literal, count })),
    resultsPartial: pluralTemplates(locale, (count) => c("resultsPartial", { ...literal, count })),
    error: c("error"),
    punctuation: c("punctuation"),
    empty: c("empty"),
  };
  const list = (path: string) => (chunks: React.ReactNode) => <a href={localePath(locale, path)}>{chunks}</a>;
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
      <noscript>
        <p data-search-fallback="">
          {t.rich("fallback", {
            therapies: list("/therapies/"),
            organizations: list("/organizations/"),
            countries: list("/countries/"),
            trials: list("/trials/"),
            timeline: list("/timeline/"),
          })}
        </p>
      </noscript>
      <div data-search-results="" />
      <script
        type="application/json"
        id="messages-search"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON with "<" escaped, for the search script
        dangerouslySetInnerHTML={{ __html: messagesJson(client) }}
      />
      <script type="module" src="/js/search-page.js" />
    </>
  );
}
