/**
 * Filter state lives in the URL (?area=cancer&country=sa) so a filtered view can be shared.
 * Pure functions, used by the server (to describe facets) and by the browser script (to apply them).
 */

export interface FacetOption {
  value: string;
  label: string;
  /** Ids of the records this value admits, computed at build by the content query module. */
  ids: string[];
}

export interface Facet {
  name: string;
  label: string;
  options: FacetOption[];
}

export type Filters = Record<string, string>;

/** Known facet values from a query string; unknown names and values that no option has are dropped. */
export function parseFilters(
  search: string | URLSearchParams,
  facets: readonly Facet[],
  extra: readonly string[] = [],
): Filters {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const out: Filters = {};
  for (const facet of facets) {
    const value = params.get(facet.name)?.trim();
    if (value && facet.options.some((o) => o.value === value)) out[facet.name] = value;
  }
  for (const name of extra) {
    const value = params.get(name)?.trim();
    if (value) out[name] = value;
  }
  return out;
}

/** "?area=cancer&stage=phase-1" in facet order, or "" when nothing is set. */
export function filtersToSearch(filters: Filters, order: readonly string[]): string {
  const params = new URLSearchParams();
  const names = [
    ...order,
    ...Object.keys(filters)
      .filter((k) => !order.includes(k))
      .sort(),
  ];
  for (const name of names) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * Ids admitted by every set filter (the query module ANDs its filters, so intersecting the
 * per-facet results gives the same answer as one combined query). null means "no facet set".
 */
export function matchingIds(filters: Filters, facets: readonly Facet[]): Set<string> | null {
  let result: Set<string> | null = null;
  for (const facet of facets) {
    const value = filters[facet.name];
    if (!value) continue;
    const ids = new Set<string>(facet.options.find((o) => o.value === value)?.ids ?? []);
    const previous: Set<string> | null = result;
    result = previous === null ? ids : new Set([...previous].filter((id: string) => ids.has(id)));
  }
  return result;
}
