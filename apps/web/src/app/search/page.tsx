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
        Names (also in Arabic, Persian and Turkish), aliases, conditions, targets and summaries. Press Enter to jump to
        the first result; the arrow keys move between results.
      </p>
      <p role="status" data-search-status="" className="filter-status">
        Search runs in your browser and needs JavaScript.
      </p>
      <noscript>
        <p data-search-fallback="">
          Without JavaScript this box cannot search. Every record is on a list page instead; use your browser's Find
          (Ctrl+F or ⌘F) there: <a href="/therapies/">therapies</a>, <a href="/organizations/">organizations</a>,{" "}
          <a href="/countries/">countries</a>, <a href="/trials/">trials</a> and the <a href="/timeline/">timeline</a>.
        </p>
      </noscript>
      <div data-search-results="" />
      <script type="module" src="/js/search-page.js" />
    </>
  );
}
