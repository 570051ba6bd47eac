import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, serveOut } from "./helpers/browser";
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
  page.$$eval("[data-filter-list] > li", (lis) =>
    lis.filter((li) => !(li as HTMLElement).hidden).map((li) => (li as HTMLElement).dataset.id),
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

  it("search for ALS finds NurOwn, grouped by collection, and keeps ?q= in the URL", async () => {
    const page = await open("/search/");
    await page.fill("#search-q", "ALS");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=ALS$/);
    const link = page.locator("[data-search-results] section a[href='/therapies/nurown/']");
    await link.waitFor();
    expect(await page.locator("[data-search-results] h2").first().textContent()).toMatch(/^Therapies \(\d+\)$/);
    // Enter moved focus to the first result; arrow keys move on.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("A");
    const direct = await open("/search/?q=NurOwn");
    await direct.locator("[data-search-results] a[href='/therapies/nurown/']").waitFor();
    await direct.close();
    await page.close();
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
    for (const path of [types.home, types.therapies, types.therapy, types.trials, types.contribute]) {
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
    expect(await page.locator(".site-header nav").isVisible()).toBe(false);
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

  it("raised no script errors", () => {
    expect(errors).toEqual([]);
  });
});
