import { getChangeLog, getDataset } from "@cell-atlas/content";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, serveOut } from "./helpers/browser";
import { EG_NEURO_CONFIRMED, trialsDirect } from "./helpers/oracle";
import { pageTypes } from "./helpers/pages";

let browser: Browser;
let context: BrowserContext;
let server: Awaited<ReturnType<typeof serveOut>>;
const errors: string[] = [];

beforeAll(async () => {
  server = await serveOut();
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(`${path}: ${e.message}`));
  await page.goto(server.url + path);
  return page;
}

const visibleIds = (page: Page) =>
  page.$$eval("[data-filter-list] > [data-id]", (items) =>
    items.filter((el) => !(el as HTMLElement).hidden).map((el) => (el as HTMLElement).dataset.id),
  );

describe("site in a real browser", () => {
  it("goes home → an area → a therapy → its sources", async () => {
    const page = await open("/");
    await expect(page.locator("h1").textContent()).resolves.toMatch(/cell therapy/i);
    await page.locator("main a[href='/areas/cancer/']").first().click();
    await page.waitForURL(/\/areas\/cancer\/$/);
    expect(await page.locator("h1").textContent()).toBe("Cancer");
    const therapy = page.locator("main .record-list a[href^='/therapies/']").first();
    const name = await therapy.textContent();
    await therapy.click();
    await page.waitForURL(/\/therapies\/[a-z0-9-]+\/$/);
    expect(await page.locator("h1").textContent()).toBe(name);
    const sources = page.locator("section.sources li");
    expect(await sources.count()).toBeGreaterThan(0);
    expect(await sources.first().locator("a").getAttribute("href")).toMatch(/^https:\/\//);
    expect(await sources.first().locator(".badge").textContent()).toBeTruthy();
    expect(await page.locator("section.sources .reviewed time").getAttribute("datetime")).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
    await page.close();
  });

  it("filters change the therapy list and the URL, and a shared URL restores them", async () => {
    const page = await open("/therapies/");
    const all = await visibleIds(page);
    expect(all.length).toBeGreaterThan(1);
    await page.selectOption("#filter-area", "neurological");
    await page.waitForURL(/\?area=neurological$/);
    const neuro = await visibleIds(page);
    expect(neuro).toContain("nurown");
    expect(neuro.length).toBeLessThan(all.length);
    expect(await page.locator("[data-filter-status]").textContent()).toMatch(/Showing \d+ of \d+ therapies/);

    await page.selectOption("#filter-area", "cancer");
    await page.waitForURL(/\?area=cancer$/);
    expect(await visibleIds(page)).not.toContain("nurown");

    await page.fill("#filter-q", "ALS");
    await page.selectOption("#filter-area", "");
    await page.waitForURL(/\?q=ALS$/);
    await expect.poll(() => visibleIds(page)).toContain("nurown");

    const shared = await open("/therapies/?area=neurological&stage=phase-3");
    expect(await shared.inputValue("#filter-area")).toBe("neurological");
    expect(await shared.inputValue("#filter-stage")).toBe("phase-3");
    expect(await visibleIds(shared)).toContain("nurown");
    await shared.close();
    await page.close();
  });

  it("without JavaScript shows the full list, whatever the URL says", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${server.url}/therapies/?area=cancer`);
    const items = page.locator("[data-filter-list] > li");
    expect(await items.count()).toBeGreaterThan(1);
    expect(await page.locator("[data-filter-list] > li[hidden]").count()).toBe(0);
    await noJs.close();
  });

  it("filters the timeline by year, country and kind", async () => {
    const page = await open("/timeline/");
    const all = await visibleIds(page);
    const year = await page.$eval("#filter-year option:nth-child(2)", (o) => (o as HTMLOptionElement).value);
    await page.selectOption("#filter-year", year);
    await page.waitForURL(new RegExp(`\\?year=${year}$`));
    const inYear = await visibleIds(page);
    expect(inYear.length).toBeGreaterThan(0);
    expect(inYear.length).toBeLessThanOrEqual(all.length);
    for (const date of await page.$$eval("[data-filter-list] > li:not([hidden]) time", (ts) =>
      ts.map((t) => t.getAttribute("datetime")),
    ))
      expect(date?.startsWith(year)).toBe(true);

    // Each option shows how many records it admits; the list must agree once it is chosen.
    for (const facet of ["country", "kind"]) {
      await page.selectOption("#filter-year", "");
      const option = page.locator(`#filter-${facet} option:nth-child(2)`);
      const [value, text] = [await option.getAttribute("value"), await option.textContent()];
      await page.selectOption(`#filter-${facet}`, value ?? "");
      await page.waitForURL(new RegExp(`\\?${facet}=${value}$`));
      expect(String((await visibleIds(page)).length)).toBe(/\((\d+)\)$/.exec(text ?? "")?.[1]);
      await page.selectOption(`#filter-${facet}`, "");
    }
    await page.close();
  });

  it("search for ALS lists the best 20 hits as the API ranks them, more on request, and keeps ?q= in the URL", async () => {
    const page = await open("/search/");
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.fill("#search-q", "ALS");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=ALS$/);
    const links = page.locator("[data-search-results] ol a");
    await links.first().waitFor();
    expect(await links.count()).toBe(20);
    expect(await page.locator("[data-search-results] ol li").first().textContent()).toMatch(/ Therapy$/);
    expect(await page.locator("[data-search-status]").textContent()).toMatch(
      /^\d+ results for “ALS”, best 20 shown\.$/,
    );
    // Enter moved focus to the first result; arrow keys move on.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("A");
    await page.click("text=Show more results");
    await page.waitForFunction(() => document.querySelectorAll("[data-search-results] ol a").length > 20);
    // Only shards: never a whole index.
    expect(requested.some((p) => p.startsWith("/data/search/postings/"))).toBe(true);
    expect(requested.filter((p) => p.startsWith("/data/") && !p.startsWith("/data/search/"))).toEqual([]);
    const direct = await open("/search/?q=NurOwn");
    await direct.locator("[data-search-results] a[href='/therapies/nurown/']").waitFor();
    await direct.close();
    const turkish = await open(`/search/?q=${encodeURIComponent("İSTANBUL")}`);
    await turkish.locator("[data-search-results] a").first().waitFor();
    expect(await turkish.locator("[data-search-status]").textContent()).toMatch(/^\d+ results? for “İSTANBUL”/);
    await turkish.close();
    await page.close();
  });

  it("without JavaScript, the search page says so and links to the list pages", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${server.url}/search/?q=ALS`);
    const fallback = page.locator("[data-search-fallback]");
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.textContent()).toContain("Without JavaScript this box cannot search");
    for (const href of ["/therapies/", "/organizations/", "/countries/", "/trials/", "/timeline/"])
      expect(await fallback.locator(`a[href='${href}']`).count(), href).toBe(1);
    await noJs.close();
  });

  it("is usable by keyboard: a skip link first, with a visible focus ring", async () => {
    const page = await open("/");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return {
        text: el.textContent,
        outline: style.outlineStyle,
        width: style.outlineWidth,
        top: el.getBoundingClientRect().top,
      };
    });
    expect(focused.text).toBe("Skip to content");
    expect(focused.outline).not.toBe("none");
    expect(Number.parseFloat(focused.width)).toBeGreaterThanOrEqual(2);
    expect(focused.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press("Enter");
    expect(page.url()).toMatch(/#main$/);
    await page.close();
  });

  it("fits 320 px without horizontal scrolling", async () => {
    const narrow = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const types = pageTypes();
    const page = await narrow.newPage();
    for (const path of [types.home, types.therapies, types.therapy, types.trials, types.contribute, "/countries/ir/"]) {
      await page.goto(server.url + (path ?? "/"));
      const [scroll, client] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(scroll, path).toBeLessThanOrEqual(client);
    }
    await narrow.close();
  });

  it("prints without navigation and filters, in black on white", async () => {
    const page = await open("/therapies/");
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    for (const nav of await page.locator(".site-header nav").all()) expect(await nav.isVisible()).toBe(false);
    expect(await page.locator("form.filters").isVisible()).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");
    await page.close();
  });

  it("answers unknown paths with the 404 page", async () => {
    const page = await context.newPage();
    const response = await page.goto(`${server.url}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("Page not found");
    await page.close();
  });

  it("trials page: country, area and evidence filters show exactly the trials the data gives", async () => {
    const expected = trialsDirect(EG_NEURO_CONFIRMED);
    expect(expected.length).toBeGreaterThan(0);
    const total = getDataset().trials.length;
    const page = await open("/trials/");
    expect(await visibleIds(page)).toHaveLength(total);
    await page.selectOption("#filter-country", "eg");
    await page.waitForURL(/\?country=eg$/);
    expect((await visibleIds(page)).sort()).toEqual(trialsDirect({ country: "eg" }));
    await page.selectOption("#filter-area", "neurological");
    await page.selectOption("#filter-evidence", "confirmed");
    await page.waitForURL(/\?country=eg&area=neurological&evidence=confirmed$/);
    expect((await visibleIds(page)).sort()).toEqual(expected);
    expect(await page.locator("[data-filter-status]").textContent()).toBe(
      `Showing ${expected.length} of ${total} trials.`,
    );
    // Every visible row says where, what for and on what evidence.
    for (const id of expected) {
      const row = page.locator(`tr[data-id="${id}"]`);
      expect(await row.locator("td").filter({ hasText: "Neurological" }).count(), id).toBeGreaterThan(0);
      expect(await row.locator("[data-evidence]").getAttribute("data-evidence"), id).toBe("confirmed");
    }
    // A shared address restores the same view.
    const shared = await open("/trials/?country=eg&area=neurological&evidence=confirmed");
    expect(await shared.inputValue("#filter-evidence")).toBe("confirmed");
    expect((await visibleIds(shared)).sort()).toEqual(expected);
    await shared.close();
    await page.close();
  });

  it("trials page without JavaScript: the full list, option counts from the data, and a path by country", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${server.url}/trials/?country=eg&area=neurological&evidence=confirmed`);
    const d = getDataset();
    expect(await page.locator("[data-filter-list] > tr").count()).toBe(d.trials.length);
    expect(await page.locator("[data-filter-list] > tr[hidden]").count()).toBe(0);
    for (const [name, value] of Object.entries(EG_NEURO_CONFIRMED)) {
      const text = await page.locator(`#filter-${name} option[value="${value}"]`).textContent();
      expect(text, `${name}=${value}`).toMatch(new RegExp(`\\(${trialsDirect({ [name]: value }).length}\\)$`));
    }
    // The form still submits as a plain GET form.
    await page.selectOption("#filter-country", "eg");
    await page.locator("form.filters button[type=submit]").click();
    await page.waitForURL(/\/trials\/\?.*country=eg/);
    // Without a script, "which trials ran in Egypt" is answered by the country's own page.
    await page.locator("#by-country ~ div a[href='/countries/eg/#trials']").click();
    await page.waitForURL(/\/countries\/eg\/#trials$/);
    const rows = await page.$$eval("#trials ~ div tr[data-id], section[aria-labelledby=trials] tr[data-id]", (trs) => [
      ...new Set(trs.map((tr) => (tr as HTMLElement).dataset.id)),
    ]);
    expect(rows.sort()).toEqual(trialsDirect({ country: "eg" }));
    await noJs.close();
  });

  it("trials page: a chart of trials per start year by area, with its table", async () => {
    const page = await open("/trials/");
    const chart = page.locator("figure.stacked");
    expect(await chart.locator("[role=img]").getAttribute("aria-label")).toMatch(/table below/);
    const years = getDataset().trials.map((t) => t.startDate?.slice(0, 4) ?? "Start not recorded");
    expect(await chart.locator(".stacked-row").count()).toBe(new Set(years).size);
    const table = chart.locator("details table");
    expect(await table.isVisible()).toBe(false);
    await chart.locator("details summary").click();
    expect(await table.isVisible()).toBe(true);
    const row = table.locator("tbody tr").filter({ has: page.locator("th", { hasText: /^2020$/ }) });
    expect(await row.locator("td").last().textContent()).toBe(String(years.filter((y) => y === "2020").length));
    await page.close();
  });

  it("shows evidence badges with their explanation on a therapy, a trial and an event", async () => {
    const d = getDataset();
    const therapy = d.therapies.find((t) => t.id === "nurown")!;
    const page = await open("/therapies/nurown/");
    const badges = page.locator(
      "#indications ~ * [data-evidence], section[aria-labelledby=indications] [data-evidence]",
    );
    expect(await badges.count()).toBe(therapy.indications.length);
    expect(await badges.first().textContent()).toMatch(
      /^●Evidence: Confirmed \(a registry, regulator, official record/,
    );
    expect(await badges.first().isVisible()).toBe(true);
    // The legend explains the levels to sighted readers and links to how they are set.
    await page.locator(".evidence-legend a").click();
    await page.waitForURL(/\/about\/#evidence-levels$/);
    expect(await page.locator("#evidence-levels").isVisible()).toBe(true);

    const trial = await open("/trials/nct03280056/");
    const explained = trial.locator("dd [data-evidence]");
    expect(await explained.textContent()).toMatch(/Confirmed — a registry, regulator, official record/);

    const event = d.events.find((e) => e.kind === "first-in-country" && e.evidence !== "confirmed") ?? d.events[0]!;
    const timeline = await open(`/timeline/#event-${event.id}`);
    const badge = timeline.locator(`#event-${event.id} [data-evidence]`);
    expect(await badge.getAttribute("data-evidence")).toBe(event.evidence);
    expect(await badge.isVisible()).toBe(true);
    expect(await badge.textContent()).toContain(event.evidence === "reported" ? "independent news" : "own words");
    await timeline.close();
    await trial.close();
    await page.close();
  });

  it("filters therapies and the timeline by evidence", async () => {
    const page = await open("/timeline/?evidence=reported");
    const ids = await visibleIds(page);
    expect(ids.sort()).toEqual(
      getDataset()
        .events.filter((e) => e.evidence === "reported")
        .map((e) => e.id)
        .sort(),
    );
    const therapies = await open("/therapies/?evidence=confirmed");
    const shown = await visibleIds(therapies);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(getDataset().therapies.length);
    await therapies.close();
    await page.close();
  });

  it("shows a country's claims apart from its facts, its figures, and its trial coverage", async () => {
    const ir = getDataset().countries.find((c) => c.id === "ir")!;
    const page = await open("/countries/ir/");
    const claims = page.locator("section.claims");
    expect(await claims.locator("h2").textContent()).toBe(`Claims (${ir.claims.length})`);
    expect(await claims.locator("li.claim").count()).toBe(ir.claims.length);
    const first = claims.locator("li.claim").first();
    expect(await first.textContent()).toContain(ir.claims[0]!.claim);
    expect(await first.textContent()).toContain(`Claimed by ${ir.claims[0]!.by}`);
    // Boxed apart: a dashed border the facts do not have.
    expect(await claims.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe("dashed");
    const figures = page.locator("section[aria-labelledby=figures] table");
    expect(await figures.locator("tbody tr").count()).toBe(ir.figures.length);
    expect(await figures.locator("thead th").allTextContents()).toEqual([
      "What",
      "Value",
      "As of",
      "Given by",
      "Evidence",
      "Sources",
    ]);
    expect(await page.locator(".coverage").first().textContent()).toMatch(
      new RegExp(
        `^${ir.coverage!.trialsRecorded} trials recorded with a site here; registries searched: .+; searched on \\d+ \\w+ \\d{4}\\.`,
      ),
    );
    const unsearched = getDataset().countries.find((c) => !c.coverage)!;
    const other = await open(`/countries/${unsearched.id}/`);
    expect(await other.locator("[data-coverage=none]").textContent()).toContain(
      `have not yet been searched systematically for ${unsearched.name}`,
    );
    await other.close();
    await page.close();
  });

  it("reaches /changes/ from the navigation without JavaScript, and a record's history leads to its release", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${server.url}/`);
    await page.locator("nav[aria-label=Main] a", { hasText: "Changes" }).click();
    await page.waitForURL(/\/changes\/$/);
    expect(await page.locator("h1").textContent()).toBe("Changes");
    const releases = getChangeLog().releases();
    expect(await page.locator("section.release").count()).toBe(releases.length);
    expect(await page.locator("section.release h2").first().textContent()).toBe(`Release ${releases[0]?.version}`);
    // The feeds are plain links too.
    expect(await page.locator("main a[href='/feeds/changes.xml']").count()).toBe(1);

    await page.goto(`${server.url}/therapies/nurown/`);
    const history = page.locator("section.history li");
    expect(await history.count()).toBe(getChangeLog().history("therapies", "nurown").length);
    // The way to correct the record: its file and the guide, or with a repository address, links.
    if (process.env.NEXT_PUBLIC_REPOSITORY_URL)
      expect(await page.locator("a[data-action=edit]").getAttribute("href")).toMatch(/\/therapies\/nurown\.yaml$/);
    else
      expect(await page.locator("[data-action=file] code").textContent()).toBe(
        "packages/content/data/therapies/nurown.yaml",
      );
    const last = getChangeLog().history("therapies", "nurown")[0]!;
    await history.first().locator("a").click();
    await page.waitForURL(new RegExp(`/changes/#release-${last.release.replace(/\./g, "\\.")}$`));
    expect(await page.locator(`[id="release-${last.release}"]`).isVisible()).toBe(true);
    await noJs.close();
  });

  it("raised no script errors", () => {
    expect(errors).toEqual([]);
  });
});
