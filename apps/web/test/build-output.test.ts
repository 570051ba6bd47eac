import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { getDataset } from "@cell-atlas/content";
import { describe, expect, it } from "vitest";
import { firstLoadBytes, scriptsOf } from "../scripts/bench.mjs";
import { stripRuntime } from "../scripts/postbuild.mjs";
import { assertBuilt, OUT } from "./helpers/browser";
import { EG_NEURO_CONFIRMED, trialsDirect } from "./helpers/oracle";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return htmlFiles(p);
    return p.endsWith(".html") ? [p] : [];
  });
}

describe("post-build helpers", () => {
  it("removes the framework runtime but keeps our modules and JSON data", () => {
    const html = `<head><link rel="preload" as="script" href="/_next/static/chunks/a.js"/></head><body>
      <script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script>
      <script type="application/json" id="filter-data">{"a":1}</script><script type="module" src="/js/list-filter.js"></script></body>`;
    const out = stripRuntime(html);
    expect(out).not.toContain("_next/static/chunks/a.js");
    expect(out).not.toContain("__next_f");
    expect(out).toContain('id="filter-data"');
    expect(out).toContain('src="/js/list-filter.js"');
  });

  it("counts scripts a page loads, not nomodule fallbacks", () => {
    expect(
      scriptsOf('<script src="/a.js"></script><script noModule="" src="/p.js"></script><script>x</script>'),
    ).toEqual(["/a.js"]);
  });
});

describe("build output", () => {
  it("keeps old links working: a former id leads to the record's current page", () => {
    const dataset = getDataset();
    const pages = (["therapies", "organizations", "countries", "trials"] as const).flatMap((c) =>
      dataset[c].flatMap((r) => (r.formerIds ?? []).map((former) => ({ c, former, current: r.id }))),
    );
    const events = dataset.events.flatMap((e) => (e.formerIds ?? []).map((former) => ({ former, current: e.id })));
    // The dataset has renamed records (e.g. 1990-iran-first-hsct → 1991-03-iran-first-hsct); without
    // any, the checks below would pass by checking nothing.
    expect(pages.length + events.length, "records with formerIds").toBeGreaterThan(0);
    expect(events.map((e) => e.former)).toContain("1990-iran-first-hsct");
    for (const { c, former, current } of pages) {
      const html = readFileSync(join(OUT, c, former, "index.html"), "utf8");
      expect(html).toContain(`http-equiv="refresh" content="0; url=/${c}/${current}/"`);
    }
    const timeline = readFileSync(join(OUT, "timeline", "index.html"), "utf8");
    for (const { former, current } of events) {
      // The old anchor sits inside the current event's item, so /timeline/#event-<old> lands on it.
      const item = timeline.slice(timeline.indexOf(`id="event-${current}"`));
      expect(item.slice(0, item.indexOf("</li>")), former).toContain(`id="event-${former}"`);
    }
  });

  assertBuilt();
  const pages = htmlFiles(OUT);

  it("has every page type", () => {
    for (const p of [
      "index.html",
      "404.html",
      "areas/cancer/index.html",
      "areas/autoimmune/index.html",
      "areas/regenerative/index.html",
      "areas/blood-disorders/index.html",
      "areas/neurological/index.html",
      "areas/other/index.html",
      "therapies/index.html",
      "organizations/index.html",
      "countries/index.html",
      "trials/index.html",
      "trials/nct03280056/index.html",
      "countries/ir/index.html",
      "timeline/index.html",
      "changes/index.html",
      "feeds/changes.xml",
      "feeds/approvals.xml",
      "feeds/trials.xml",
      "feeds/countries/ir.xml",
      "search/index.html",
      "about/index.html",
      "contribute/index.html",
      "data/index.html",
      "sitemap.xml",
      "robots.txt",
      "data/dataset.json",
      "data/search/manifest.json",
      "data/search/dict/0.json",
      "data/search/postings/0.json",
      "data/search/docs/0.json",
      "data/csv/therapies.csv",
      "data/schema/therapies.json",
    ])
      expect(existsSync(join(OUT, p)), p).toBe(true);
    // The whole search index is not served: a query fetches shards.
    expect(existsSync(join(OUT, "data/search-index.json"))).toBe(false);
  });

  it("gives every page a title, a description and Open Graph tags, and loads no external script", () => {
    for (const file of pages) {
      const html = readFileSync(file, "utf8");
      const where = relative(OUT, file);
      expect(html, where).toMatch(/<title>[^<]+<\/title>/);
      expect(html, where).toMatch(/<meta name="description" content="[^"]+"/);
      if (!where.startsWith("_")) expect(html, where).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(html, where).not.toMatch(/<script[^>]+src="(https?:)?\/\//);
      expect(html, where).not.toMatch(/fonts\.googleapis|cdn\.jsdelivr|unpkg\.com/);
    }
  });

  it("keeps first-load JavaScript under 100 KB gzipped on every page", () => {
    for (const file of pages) {
      const { bytes } = firstLoadBytes(readFileSync(file, "utf8"));
      expect(bytes, relative(OUT, file)).toBeLessThanOrEqual(100 * 1024);
    }
  });

  it("has no broken internal links (href/src) or missing #anchors", () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let set = ids.get(file);
      if (!set) {
        set = new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
        ids.set(file, set);
      }
      return set;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const html = readFileSync(file, "utf8");
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const raw = m[1]!.replace(/&amp;/g, "&");
        if (!raw.startsWith("/") || raw.startsWith("//")) continue;
        checked++;
        const [pathAndQuery, fragment] = raw.split("#") as [string, string | undefined];
        const path = decodeURIComponent(pathAndQuery.split("?")[0]!);
        let target = join(OUT, path);
        if (path.endsWith("/")) target = join(target, "index.html");
        else if (existsSync(target) && statSync(target).isDirectory()) target = join(target, "index.html");
        if (!existsSync(target)) {
          broken.push(`${relative(OUT, file)} → ${raw}`);
          continue;
        }
        if (fragment && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(fragment)))
          broken.push(`${relative(OUT, file)} → ${raw} (no id="${fragment}")`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it("lists every record page in the sitemap", () => {
    const sitemap = readFileSync(join(OUT, "sitemap.xml"), "utf8");
    for (const file of pages) {
      const rel = relative(OUT, file);
      if (!rel.endsWith("/index.html") || rel.startsWith("_") || rel.startsWith("404/")) continue;
      if (readFileSync(file, "utf8").includes('http-equiv="refresh"')) continue;
      expect(sitemap, rel).toContain(`/${rel.replace(/index\.html$/, "")}</loc>`);
    }
  });
});

/** A page's HTML without the empty comments React puts between adjacent text nodes. */
const read = (path: string) => readFileSync(join(OUT, path, "index.html"), "utf8").replace(/<!-- -->/g, "");
/** The text of the first element with this id, up to the end of its section. */
const sectionOf = (html: string, id: string) => {
  const at = html.indexOf(`id="${id}"`);
  expect(at, `id="${id}"`).toBeGreaterThan(-1);
  const rest = html.slice(at);
  return rest.slice(0, rest.indexOf("</section>"));
};
const EXPLAIN = {
  confirmed: "a registry, regulator, official record or peer-reviewed journal shows it",
  reported: "independent news reports it; no confirmed source seen",
  claimed: "only the organization&#x27;s own words, or pages of unknown standing, say so",
} as const;
const badgesIn = (html: string) => [...html.matchAll(/data-evidence="([a-z]+)"/g)].map((m) => m[1]);

describe("evidence, claims, figures, coverage and sources in the build", () => {
  const d = getDataset();

  it("shows each indication's evidence on a therapy page, and each approval's, with the legend", () => {
    const t = d.therapies.find((x) => x.id === "nurown") ?? d.therapies[0]!;
    const html = read(`therapies/${t.id}`);
    expect(badgesIn(sectionOf(html, "indications"))).toEqual(t.indications.map((i) => i.evidence));
    expect(badgesIn(sectionOf(html, "approvals"))).toEqual(t.approvals.map((a) => a.evidence));
    for (const i of t.indications) expect(html).toContain(EXPLAIN[i.evidence]);
    expect(html).toContain('href="/about/#evidence-levels"');
    expect(read("about")).toContain('id="evidence-levels"');
  });

  it("shows a trial's evidence with its explanation on its page and in every trial list", () => {
    const t = d.trials.find((x) => x.id === "nct03280056") ?? d.trials[0]!;
    const html = read(`trials/${t.id}`);
    expect(html).toMatch(new RegExp(`<dt>Evidence</dt><dd><span class="evidence-wrap" data-evidence="${t.evidence}">`));
    expect(html).toContain(`— ${EXPLAIN[t.evidence]}`);
    const list = read("trials");
    for (const trial of d.trials)
      expect(list, trial.id).toMatch(
        new RegExp(`<tr data-id="${trial.id}">(?:(?!</tr>).)*data-evidence="${trial.evidence}"`),
      );
  });

  it("shows every event's evidence on the timeline, first-in-country events included", () => {
    const html = read("timeline");
    const firsts = d.events.filter((e) => e.kind === "first-in-country");
    expect(firsts.length).toBeGreaterThan(0);
    for (const e of d.events) {
      const item = html.slice(html.indexOf(`id="event-${e.id}"`));
      expect(item.slice(0, item.indexOf("</li>")), e.id).toContain(`data-evidence="${e.evidence}"`);
    }
    for (const level of new Set(d.events.map((e) => e.evidence))) expect(html).toContain(EXPLAIN[level]);
  });

  it("lists a country's claims apart from its facts, and its figures as a table (Iran)", () => {
    const ir = d.countries.find((c) => c.id === "ir")!;
    expect(ir.claims.length).toBeGreaterThan(0);
    expect(ir.figures.length).toBeGreaterThan(0);
    const html = read("countries/ir");
    const claims = sectionOf(html, "claims");
    expect(html).toMatch(/<section aria-labelledby="claims" class="claims">/);
    expect(claims.match(/<li class="claim"/g)).toHaveLength(ir.claims.length);
    expect(badgesIn(claims)).toEqual(ir.claims.map((c) => c.evidence));
    for (const c of ir.claims) expect(claims).toContain(`data-claim-status="${c.status}"`);
    const figures = sectionOf(html, "figures");
    expect(figures).toContain('<th scope="col">Given by</th>');
    expect(figures.match(/<tr>/g)?.length).toBe(ir.figures.length + 1);
    expect(badgesIn(figures)).toEqual(ir.figures.map((f) => f.evidence));
  });

  it("states a country's trial coverage, or that its registries are not yet searched", () => {
    const covered = d.countries.find((c) => c.id === "ir")!;
    const cov = covered.coverage!;
    expect(cov).toBeDefined();
    const html = read("countries/ir");
    expect(html).toContain(
      `${cov.trialsRecorded} trials recorded with a site here; registries searched: ClinicalTrials.gov`,
    );
    expect(html).toContain(`searched on <time dateTime="${cov.searched}">`);
    // The coverage count and the trials listed are the same trials.
    expect(cov.trialsRecorded).toBe(d.trials.filter((t) => t.countries.includes("ir")).length);
    expect(sectionOf(html, "trials").match(/<tr data-id=/g)).toHaveLength(cov.trialsRecorded);

    const uncovered = d.countries.find((c) => !c.coverage);
    expect(uncovered, "a country without a coverage block").toBeDefined();
    const other = read(`countries/${uncovered!.id}`);
    expect(other).toContain('data-coverage="none"');
    expect(other).toContain(`have not yet been searched systematically for ${uncovered!.name}`);
  });

  it("gives each source its kind, when it was read and the copy it was read on", () => {
    const t = d.trials.find((x) => x.sources.some((s) => s.via))!;
    const html = sectionOf(read(`trials/${t.id}`), "sources");
    for (const s of t.sources) {
      expect(html).toContain(`Accessed <time dateTime="${s.accessed}">`);
      if (s.via) expect(html).toContain(`read on: <a href="${s.via.replace(/&/g, "&amp;")}"`);
    }
    const ownSite = d.events.find((e) => e.sources.some((s) => s.kind === "own-site"))!;
    expect(read("timeline").slice(read("timeline").indexOf(`id="event-${ownSite.id}"`))).toContain(
      "Organization&#x27;s own site",
    );
  });

  it("filters trials by country, area, phase, status, cell type, start year and evidence, agreeing with the data", () => {
    const html = read("trials");
    const json = /<script type="application\/json" id="filter-data">(.*?)<\/script>/.exec(html)?.[1];
    const data = JSON.parse(json ?? "{}") as {
      facets: { name: string; options: { value: string; ids: string[] }[] }[];
    };
    expect(data.facets.map((f) => f.name)).toEqual([
      "country",
      "area",
      "phase",
      "status",
      "modality",
      "year",
      "evidence",
    ]);
    const ids = (name: string, value: string) =>
      data.facets.find((f) => f.name === name)?.options.find((o) => o.value === value)?.ids ?? [];
    for (const [name, value] of Object.entries(EG_NEURO_CONFIRMED))
      expect([...ids(name, value)].sort(), `${name}=${value}`).toEqual(trialsDirect({ [name]: value }));
    const both = ids("country", "eg").filter(
      (id) => ids("area", "neurological").includes(id) && ids("evidence", "confirmed").includes(id),
    );
    const expected = trialsDirect(EG_NEURO_CONFIRMED);
    expect(expected.length).toBeGreaterThan(0);
    expect(both.sort()).toEqual(expected);
    // Without JavaScript the full list is there, one row per trial.
    expect(html.match(/<tr data-id=/g)).toHaveLength(d.trials.length);
    for (const t of d.trials) {
      const year = t.startDate?.slice(0, 4);
      if (year) expect(ids("year", year), t.id).toContain(t.id);
    }
  });

  it("charts trials per start year by area, with a table of the same numbers", () => {
    const html = read("trials");
    const figure = html.slice(html.indexOf('<figure class="chart stacked"'), html.indexOf("</figure>"));
    expect(figure).toContain('role="img"');
    const rows = [...figure.matchAll(/<tr><th scope="row">([^<]+)<\/th>((?:<td>\d+<\/td>)+)<\/tr>/g)];
    const byYear = new Map<string, number>();
    for (const t of d.trials) {
      const y = t.startDate?.slice(0, 4) ?? "Start not recorded";
      byYear.set(y, (byYear.get(y) ?? 0) + 1);
    }
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.map((r) => r[1])).toEqual(
      [...byYear.keys()].sort((a, b) =>
        a === "Start not recorded" ? 1 : b === "Start not recorded" ? -1 : a < b ? -1 : 1,
      ),
    );
    for (const [, year, cells] of rows) {
      const numbers = [...cells!.matchAll(/\d+/g)].map(Number);
      expect(numbers.at(-1), `${year} total`).toBe(byYear.get(year!));
      expect(
        numbers.slice(0, -1).reduce((a, b) => a + b, 0),
        `${year} by area`,
      ).toBeGreaterThanOrEqual(byYear.get(year!)!);
    }
  });
});
