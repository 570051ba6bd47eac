import { useTranslations } from "next-intl";
import { useFormat } from "@/i18n/format";
import { localePath } from "@/i18n/locales";
import { localizeFacets } from "@/lib/facets";
import type { Facet } from "@/lib/filters";

/** What a filtered list holds; names the form and the status messages (`Lists.filter.<noun>`). */
export type FilterNoun = "therapies" | "trials" | "events";

/**
 * The filter form for a server-rendered list. Without JavaScript it is a plain GET form and the
 * full list stays visible; /js/list-filter.js reads the facet data below, applies the URL's
 * filters, hides what does not match and keeps the URL in step, so a filtered view can be shared.
 * The script's words come, already translated, from the messages block below.
 */
export function FilterForm({
  action,
  facets,
  noun,
  total,
  searchCollection,
}: {
  /** The list's path in English, e.g. `/therapies/`. */
  action: string;
  facets: readonly Facet[];
  noun: FilterNoun;
  total: number;
  /** When set, a search box filters by the content search index for this collection. */
  searchCollection?: string;
}) {
  const t = useTranslations("Lists.filter");
  const f = useFormat();
  const shown = localizeFacets(facets, f);
  const href = localePath(f.locale, action);
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");
  const data = json({
    facets: shown.map((x) => ({ name: x.name, options: x.options.map((o) => ({ value: o.value, ids: o.ids })) })),
    searchCollection: searchCollection ?? null,
  });
  const all = t(`${noun}.all`, { total });
  // "{shown}" is filled in by the script with the count in the page's digits.
  const messages = json({
    all,
    some: t(`${noun}.some`, { total, shown: "{shown}" }),
    none: t(`${noun}.none`),
    searching: t("searching"),
    searchFailed: t("searchFailed"),
  });
  return (
    <>
      <form className="filters" method="get" action={href} data-filter-form="" aria-label={t(`${noun}.form`)}>
        {searchCollection ? (
          <p className="field field-wide">
            <label htmlFor="filter-q">{t("search")}</label>
            <input id="filter-q" type="search" name="q" autoComplete="off" />
          </p>
        ) : null}
        {shown.map((x) => (
          <p className="field" key={x.name}>
            <label htmlFor={`filter-${x.name}`}>{x.label}</label>
            <select id={`filter-${x.name}`} name={x.name} defaultValue="">
              <option value="">{t("any")}</option>
              {x.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {t("option", { label: o.label, count: o.ids.length })}
                </option>
              ))}
            </select>
          </p>
        ))}
        <noscript>
          <p className="field-wide">{t("noScript")}</p>
        </noscript>
        <p className="field field-actions">
          <button type="submit">{t("apply")}</button> <a href={href}>{t("clear")}</a>
        </p>
      </form>
      <p className="filter-status" role="status" data-filter-status="">
        {all}
      </p>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a JSON data block built here, with "<" escaped */}
      <script type="application/json" id="filter-data" dangerouslySetInnerHTML={{ __html: data }} />
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the script's messages, JSON built here, with "<" escaped */}
      <script type="application/json" id="messages-list-filter" dangerouslySetInnerHTML={{ __html: messages }} />
      <script type="module" src="/js/list-filter.js" />
    </>
  );
}
