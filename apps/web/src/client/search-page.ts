import type { CollectionName, SearchHit, ShardedResult } from "@cell-atlas/content";
import { hrefOf } from "../lib/href";
import { search } from "./search-core";

/** The page's messages, already in its language (rendered by the server from the catalogue). */
interface Messages {
  collection: Record<CollectionName, string>;
  more: string;
  nothing: string;
  /** One template per plural category (Intl.PluralRules), with {count}, {q} and {shown}. */
  results: Record<string, string>;
  resultsPartial: Record<string, string>;
  error: string;
  punctuation: string;
  empty: string;
}
const messages = JSON.parse(document.getElementById("messages-search")?.textContent ?? "null") as Messages | null;
const lang = document.documentElement.lang || "en";
const numbers = new Intl.NumberFormat(lang === "en" ? "en-GB" : lang);
const plurals = new Intl.PluralRules(lang === "en" ? "en-GB" : lang);
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
/** Result links stay in the page's language: /fa/therapies/x/ on a Persian page. */
const prefix = lang === "en" ? "" : `/${lang}`;
/** Hits shown at first and added by "Show more": the API's default page size. */
const PAGE = 20;

const form = document.querySelector<HTMLFormElement>("form[data-search-form]");
const input = document.querySelector<HTMLInputElement>("#search-q");
const results = document.querySelector<HTMLElement>("[data-search-results]");
const status = document.querySelector<HTMLElement>("[data-search-status]");

if (form && input && results && status && messages) {
  let run = 0;
  const list = document.createElement("ol");
  list.className = "link-list";
  const more = document.createElement("button");
  more.type = "button";
  more.textContent = messages.more;
  let current: { q: string; result: ShardedResult; shown: number } | undefined;

  const item = (h: SearchHit) => {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = prefix + hrefOf(h.collection, h.id);
    a.textContent = h.name || h.id;
    const label = document.createElement("span");
    label.className = "muted small";
    label.textContent = ` ${messages.collection[h.collection]}`;
    li.append(a, label);
    return li;
  };

  const summary = (q: string, total: number, shown: number) => {
    if (total === 0) return fill(messages.nothing, { q });
    const templates = shown < total ? messages.resultsPartial : messages.results;
    const template = templates[plurals.select(total)] ?? templates.other ?? "";
    return fill(template, { q, count: numbers.format(total), shown: numbers.format(shown) });
  };

  const showMore = async () => {
    const mine = run;
    const page = current;
    if (!page) return;
    let hits: SearchHit[];
    try {
      hits = await page.result.hits(page.shown, page.shown + PAGE);
    } catch {
      status.textContent = messages.error;
      return;
    }
    if (mine !== run) return;
    list.append(...hits.map(item));
    page.shown += hits.length;
    more.hidden = page.shown >= page.result.total;
    status.textContent = summary(page.q, page.result.total, page.shown);
  };
  more.addEventListener("click", () => void showMore());

  const render = async (q: string) => {
    const mine = ++run;
    const trimmed = q.trim();
    if (!/[\p{L}\p{N}]/u.test(trimmed)) {
      current = undefined;
      results.replaceChildren();
      status.textContent = trimmed ? messages.punctuation : messages.empty;
      return;
    }
    let result: ShardedResult;
    try {
      result = await search(trimmed);
    } catch {
      status.textContent = messages.error;
      return;
    }
    if (mine !== run) return;
    current = { q: trimmed, result, shown: 0 };
    list.replaceChildren();
    results.replaceChildren(list, more);
    await showMore();
  };

  const syncUrl = (q: string, push: boolean) => {
    const url = q.trim() ? `${location.pathname}?q=${encodeURIComponent(q.trim())}` : location.pathname;
    if (url === location.pathname + location.search) return;
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      syncUrl(input.value, false);
      void render(input.value);
    }, 150);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    syncUrl(input.value, true);
    void render(input.value).then(() => results.querySelector<HTMLAnchorElement>("a")?.focus());
  });

  // Arrow keys move between the search box and the result links.
  const links = () => [...results.querySelectorAll<HTMLAnchorElement>("a")];
  form.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && e.target === input) {
      const first = links()[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  });
  results.addEventListener("keydown", (e) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    e.preventDefault();
    const next = e.key === "ArrowDown" ? all[i + 1] : i === 0 ? input : all[i - 1];
    next?.focus();
  });
  window.addEventListener("popstate", () => {
    input.value = new URLSearchParams(location.search).get("q") ?? "";
    void render(input.value);
  });

  input.value = new URLSearchParams(location.search).get("q") ?? "";
  void render(input.value);
}
