import { pageMetadata } from "@/lib/site";

export const metadata = pageMetadata({
  title: "Search",
  description: "Search therapies, organizations, countries, trials and events in the Cell Therapy Atlas.",
  path: "/search/",
});

export default function SearchPage() {
  return (
    <>
      <h1>Search</h1>
      <form className="search-box" method="get" action="/search/" data-search-form="">
        <label htmlFor="search-q">Search the atlas</label>
        <input id="search-q" type="search" name="q" autoComplete="off" aria-describedby="search-help" />
        <button type="submit">Search</button>
      </form>
      <p id="search-help" className="muted small">
        Names, aliases, conditions, targets and summaries. Press Enter to jump to the first result; the arrow keys move
        between results.
      </p>
      <p role="status" data-search-status="" className="filter-status">
        Search runs in your browser and needs JavaScript. Without it, browse the therapies, organizations, countries,
        trials and timeline from the menu.
      </p>
      <div data-search-results="" />
      <script type="module" src="/js/search-page.js" />
    </>
  );
}
