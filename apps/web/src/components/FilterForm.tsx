import type { Facet } from "@/lib/filters";

/**
 * The filter form for a server-rendered list. Without JavaScript it is a plain GET form and the
 * full list stays visible; /js/list-filter.js reads the facet data below, applies the URL's
 * filters, hides what does not match and keeps the URL in step, so a filtered view can be shared.
 */
export function FilterForm({
  action,
  facets,
  noun,
  total,
  searchCollection,
}: {
  action: string;
  facets: readonly Facet[];
  noun: string;
  total: number;
  /** When set, a search box filters by the content search index for this collection. */
  searchCollection?: string;
}) {
  const data = JSON.stringify({
    facets: facets.map((f) => ({ name: f.name, options: f.options.map((o) => ({ value: o.value, ids: o.ids })) })),
    noun,
    searchCollection: searchCollection ?? null,
  }).replace(/</g, "\\u003c");
  return (
    <>
      <form className="filters" method="get" action={action} data-filter-form="" aria-label={`Filter ${noun}`}>
        {searchCollection ? (
          <p className="field field-wide">
            <label htmlFor="filter-q">Search</label>
            <input id="filter-q" type="search" name="q" autoComplete="off" />
          </p>
        ) : null}
        {facets.map((f) => (
          <p className="field" key={f.name}>
            <label htmlFor={`filter-${f.name}`}>{f.label}</label>
            <select id={`filter-${f.name}`} name={f.name} defaultValue="">
              <option value="">Any</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label} ({o.ids.length})
                </option>
              ))}
            </select>
          </p>
        ))}
        <noscript>
          <p className="field-wide">Filtering needs JavaScript; without it, the full list below is shown.</p>
        </noscript>
        <p className="field field-actions">
          <button type="submit">Apply filters</button> <a href={action}>Clear</a>
        </p>
      </form>
      <p className="filter-status" role="status" data-filter-status="">
        Showing all {total} {noun}.
      </p>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a JSON data block built here, with "<" escaped */}
      <script type="application/json" id="filter-data" dangerouslySetInnerHTML={{ __html: data }} />
      <script type="module" src="/js/list-filter.js" />
    </>
  );
}
