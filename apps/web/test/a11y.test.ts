import AxeBuilder from "@axe-core/playwright";
import { createChangeLog, getChangeLog, getDataset } from "@cell-atlas/content";
import type { Browser, BrowserContext } from "playwright-core";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { History } from "@/components/Changes";
import { ReleaseList } from "@/components/ReleaseList";
import { releasesWithChanges } from "@/lib/changes";
import { launch, serveOut } from "./helpers/browser";
import { withIntl } from "./helpers/intl";
import { pageTypes } from "./helpers/pages";
import { committedReleases, syntheticRelease } from "./helpers/releases";

let browser: Browser;
let context: BrowserContext;
let server: Awaited<ReturnType<typeof serveOut>>;

beforeAll(async () => {
  server = await serveOut();
  browser = await launch();
  // AxeBuilder needs pages from browser.newContext(), not browser.newPage().
  context = await browser.newContext();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe on each [name, path, scheme], a few pages at a time (each tab has its own renderer). */
async function audit(jobs: [string, string, "light" | "dark"][], concurrency = 3) {
  const results: Record<string, string[]> = {};
  const queue = [...jobs];
  const worker = async () => {
    const page = await context.newPage();
    for (let job = queue.shift(); job; job = queue.shift()) {
      const [name, path, colorScheme] = job;
      await page.emulateMedia({ colorScheme });
      await page.goto(server.url + path);
      if (path.startsWith("/search/")) await page.locator("[data-search-results] a").first().waitFor();
      // Legacy mode runs axe.run in the page itself; the default opens a blank page per analysis to
      // merge frame results, which triples the time and is not needed: the site has no iframes.
      const result = await new AxeBuilder({ page })
        .withTags(TAGS)
        .options({ resultTypes: ["violations"] })
        .setLegacyMode(true)
        .analyze();
      results[`${name} ${path} (${colorScheme})`] = result.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes.length} nodes, e.g. ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(" "))
            .join(", ")})`,
      );
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

const clean = (results: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(results).filter(([, v]) => v.length > 0));

describe("axe-core, WCAG 2.2 AA", () => {
  it("finds no violations on any page type", async () => {
    const types = pageTypes();
    const results = await audit(Object.entries(types).map(([name, path]) => [name, path, "light"]));
    expect(Object.keys(results)).toHaveLength(Object.keys(types).length);
    expect(clean(results)).toEqual({});
  }, 120_000);

  it("finds no violations on the pages with badges, claims, figures, coverage and the trials chart", async () => {
    const d = getDataset();
    const unsearched = d.countries.find((c) => !c.coverage)!.id;
    const withClaims = d.therapies.find((t) => t.claims.length > 0)!.id;
    const orgWithBoth = d.organizations.find((o) => o.claims.length > 0 && o.figures.length > 0)!.id;
    const jobs: [string, string][] = [
      ["country with claims, figures and coverage", "/countries/ir/"],
      ["therapy with claims", `/therapies/${withClaims}/`],
      ["trials, filtered, with the chart", "/trials/?country=eg&area=neurological&evidence=confirmed"],
      ["country not yet searched", `/countries/${unsearched}/`],
      ["organization with claims and figures", `/organizations/${orgWithBoth}/`],
      ["trial read on a copy", "/trials/nct03280056/"],
      ["timeline, filtered by evidence", "/timeline/?evidence=claimed"],
      ["changes", "/changes/"],
      ["therapy with its history and edit links", "/therapies/nurown/"],
      ["country with its feed, history and edit links", "/countries/ir/"],
    ];
    // Dark mode for the pages whose new parts have colours of their own: badges, the claims box, the
    // chart, the release tables, the history and the edit links.
    const dark = [...jobs.slice(0, 3), ...jobs.slice(-3, -1)];
    const results = await audit([
      ...jobs.map(([name, path]) => [name, path, "light"] as [string, string, "light"]),
      ...dark.map(([name, path]) => [name, path, "dark"] as [string, string, "dark"]),
    ]);
    expect(Object.keys(results)).toHaveLength(jobs.length + dark.length);
    expect(clean(results)).toEqual({});
  }, 180_000);

  it("finds no violations in dark mode", async () => {
    const types = pageTypes();
    const results = await audit([
      ["home", types.home ?? "/", "dark"],
      ["therapy", types.therapy ?? "/", "dark"],
      ["search", types.search ?? "/", "dark"],
    ]);
    expect(clean(results)).toEqual({});
  }, 60_000);

  it("finds no violations on releases after the first and on a history with changes (synthetic release)", async () => {
    // The committed data has one release (the first, summarised); a later one lists its changes.
    // Render that from a synthetic release into the real /changes/ and therapy pages, then audit.
    const synthetic = syntheticRelease(getDataset(), getChangeLog().releases()[0]?.version);
    const log = createChangeLog([...committedReleases(), synthetic]);
    const releases = renderToStaticMarkup(withIntl(createElement(ReleaseList, { releases: releasesWithChanges(log) })));
    const therapy = synthetic.changes.find((c) => c.collection === "therapies" && c.type === "changed")!.id;
    const history = renderToStaticMarkup(
      withIntl(createElement(History, { collection: "therapies", id: therapy, log })),
    );
    const violations: Record<string, string[]> = {};
    const page = await context.newPage();
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${server.url}/changes/`);
      await page.evaluate((html) => {
        const main = document.querySelector("main")!;
        main.querySelectorAll("section.release, nav").forEach((el) => {
          el.remove();
        });
        main.insertAdjacentHTML("beforeend", html);
      }, releases);
      expect(await page.locator("section.release").count()).toBe(log.releases().length);
      const onChanges = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
      violations[`changes (${colorScheme})`] = onChanges.violations.map((v) => `${v.id}: ${v.help}`);

      await page.goto(`${server.url}/therapies/${therapy}/`);
      await page.evaluate((html) => {
        document.querySelector("section.history")!.outerHTML = html;
      }, history);
      expect(await page.locator(".history .field-changes li").count()).toBeGreaterThan(0);
      const onTherapy = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
      violations[`therapy history (${colorScheme})`] = onTherapy.violations.map((v) => `${v.id}: ${v.help}`);
    }
    await page.close();
    expect(clean(violations)).toEqual({});
  }, 60_000);
});
