import type { CollectionName, SearchHit } from "@cell-atlas/content";
import { hrefOf } from "../lib/href";
import { search } from "./search-core";

const GROUPS: { collection: CollectionName; title: string }[] = [
  { collection: "therapies", title: "Therapies" },
  { collection: "organizations", title: "Organizations" },
  { collection: "countries", title: "Countries" },
  { collection: "trials", title: "Trials" },
  { collection: "events", title: "Events" },
];

const form = document.querySelector<HTMLFormElement>("form[data-search-form]");
const input = document.querySelector<HTMLInputElement>("#search-q");
const results = document.querySelector<HTMLElement>("[data-search-results]");
const status = document.querySelector<HTMLElement>("[data-search-status]");

if (form && input && results && status) {
  let run = 0;

  const render = async (q: string) => {
    const mine = ++run;
    if (!q.trim()) {
      results.replaceChildren();
      status.textContent = "Type a name, a condition, a country or a target such as CD19.";
      return;
    }
    let hits: SearchHit[];
    try {
      hits = await search(q);
    } catch {
      status.textContent = "The search index could not be loaded. Try reloading the page.";
      return;
    }
    if (mine !== run) return;
    const sections: HTMLElement[] = [];
    for (const group of GROUPS) {
      const mineHits = hits.filter((h) => h.collection === group.collection);
      if (mineHits.length === 0) continue;
      const section = document.createElement("section");
      const heading = document.createElement("h2");
      heading.id = `results-${group.collection}`;
      heading.textContent = `${group.title} (${mineHits.length})`;
      section.setAttribute("aria-labelledby", heading.id);
      const ul = document.createElement("ul");
      ul.className = "link-list";
      for (const h of mineHits) {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = hrefOf(h.collection, h.id);
        a.textContent = h.name || h.id;
        li.append(a);
        ul.append(li);
      }
      section.append(heading, ul);
      sections.push(section);
    }
    results.replaceChildren(...sections);
    status.textContent =
      hits.length === 0
        ? `Nothing found for “${q.trim()}”.`
        : `${hits.length} result${hits.length === 1 ? "" : "s"} for “${q.trim()}”.`;
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
