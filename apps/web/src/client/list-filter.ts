import type { CollectionName } from "@cell-atlas/content";
import { type Facet, type Filters, filtersToSearch, matchingIds, parseFilters } from "../lib/filters";

interface FilterData {
  facets: Facet[];
  searchCollection: CollectionName | null;
}

/** The status line's words, translated by the page (FilterForm); "{shown}" is a count filled in here. */
interface Messages {
  all: string;
  some: string;
  none: string;
  searching: string;
  searchFailed: string;
}

const form = document.querySelector<HTMLFormElement>("form[data-filter-form]");
const status = document.querySelector<HTMLElement>("[data-filter-status]");
const list = document.querySelector<HTMLElement>("[data-filter-list]");
const dataElement = document.getElementById("filter-data");
const messagesElement = document.getElementById("messages-list-filter");

if (form && status && list && dataElement && messagesElement) {
  const data = JSON.parse(dataElement.textContent ?? "{}") as FilterData;
  const m = JSON.parse(messagesElement.textContent ?? "{}") as Messages;
  const number = new Intl.NumberFormat(document.documentElement.lang || undefined);
  const order = [...(data.searchCollection ? ["q"] : []), ...data.facets.map((f) => f.name)];
  const items = [...list.querySelectorAll<HTMLElement>("[data-id]")];
  let run = 0;

  const fromForm = (): Filters => {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === "string" && v.trim()) params.set(k, v.trim());
    return parseFilters(params, data.facets, data.searchCollection ? ["q"] : []);
  };

  const toForm = (filters: Filters) => {
    for (const name of order) {
      const control = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (control) control.value = filters[name] ?? "";
    }
  };

  const apply = async (filters: Filters) => {
    const mine = ++run;
    let ids = matchingIds(filters, data.facets);
    let note = "";
    if (filters.q && data.searchCollection) {
      status.textContent = m.searching;
      try {
        const { searchIds } = await import("./search-core");
        const hits = await searchIds(filters.q, data.searchCollection);
        ids = ids === null ? hits : new Set([...ids].filter((id) => hits.has(id)));
      } catch {
        note = ` ${m.searchFailed}`;
      }
    }
    if (mine !== run) return;
    let shown = 0;
    for (const item of items) {
      const visible = ids === null || ids.has(item.dataset.id ?? "");
      item.hidden = !visible;
      if (visible) shown++;
    }
    list.dataset.empty = shown === 0 ? "true" : "false";
    status.textContent =
      (ids === null ? m.all : shown === 0 ? m.none : m.some.replace("{shown}", number.format(shown))) + note;
  };

  const update = () => {
    const filters = fromForm();
    const url = `${location.pathname}${filtersToSearch(filters, order)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, "", url);
    void apply(filters);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener("change", update);
  form.addEventListener("input", (e) => {
    if ((e.target as HTMLElement).tagName !== "INPUT") return;
    clearTimeout(timer);
    timer = setTimeout(update, 200);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    update();
  });
  form.addEventListener("reset", () => setTimeout(update, 0));
  window.addEventListener("popstate", () => {
    const filters = parseFilters(location.search, data.facets, data.searchCollection ? ["q"] : []);
    toForm(filters);
    void apply(filters);
  });

  const initial = parseFilters(location.search, data.facets, data.searchCollection ? ["q"] : []);
  toForm(initial);
  if (Object.keys(initial).length > 0) void apply(initial);
}
