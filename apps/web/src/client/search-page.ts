import type { CollectionName, SearchHit, ShardedResult } from "@cell-atlas/content";
import { hrefOf } from "../lib/href";
import { search } from "./search-core";

/** What each collection's hits are labelled with; hits are listed best first, as the API ranks them. */
const LABELS: Record<CollectionName, string> = {
  therapies: "Therapy",
  organizations: "Organization",
  countries: "Country",
  trials: "Trial",
  events: "Event",
};
/** Hits shown at first and added by "Show more": the API's default page size. */
const PAGE = 20;

const form = document.querySelector<HTMLFormElement>("form[data-search-form]");
const input = document.querySelector<HTMLInputElement>("#search-q");
const results = document.querySelector<HTMLElement>("[data-search-results]");
const status = document.querySelector<HTMLElement>("[data-search-status]");

if (form && input && results && status) {
  let run = 0;
  const list = document.createElement("ol");
  list.className = "link-list";
  const more = document.createElement("button");
  more.type = "button";
  more.textContent = "Show more results";
  let current: { q: string; result: ShardedResult; shown: number } | undefined;

  const item = (h: SearchHit) => {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = hrefOf(h.collection, h.id);
    a.textContent = h.name || h.id;
    const label = document.createElement("span");
    label.className = "muted small";
    label.textContent = ` ${LABELS[h.collection]}`;
    li.append(a, label);
    return li;
  };

  const summary = (q: string, total: number, shown: number) =>
    total === 0
      ? `Nothing found for “${q}”.`
      : `${total} result${total === 1 ? "" : "s"} for “${q}”${shown < total ? `, best ${shown} shown` : ""}.`;

  const showMore = async () => {
    const mine = run;
    const page = current;
    if (!page) return;
    let hits: SearchHit[];
    try {
      hits = await page.result.hits(page.shown, page.shown + PAGE);
    } catch {
      status.textContent = "The search index could not be loaded. Try reloading the page.";
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
      status.textContent = trimmed
        ? "Type a word: letters or digits, not only punctuation."
        : "Type a name, a condition, a country or a target such as CD19.";
      return;
    }
    let result: ShardedResult;
    try {
      result = await search(trimmed);
    } catch {
      status.textContent = "The search index could not be loaded. Try reloading the page.";
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
