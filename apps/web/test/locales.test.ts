import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { getDataset } from "@cell-atlas/content";
import { directionOf, LOCALES, type Locale } from "@cell-atlas/content/i18n";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, serveOut } from "./helpers/browser";
import { pageTypes } from "./helpers/pages";

/** Screenshots of every locale land here for people to look at; CI keeps the folder as output. */
export const SCREENSHOTS = join(import.meta.dirname, "..", "test-output", "screenshots");

let browser: Browser;
let context: BrowserContext;
let server: Awaited<ReturnType<typeof serveOut>>;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveOut();
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const OTHERS = LOCALES.filter((l) => l !== "en");
const at = (locale: Locale, path: string) => (locale === "en" ? path : `/${locale}${path}`);
const types = () => Object.entries(pageTypes()).filter(([name]) => name !== "404");

/** The main navigation's labels as each catalogue writes them, in order. */
const navigation = Object.fromEntries(
  LOCALES.map((l) => [
    l,
    Object.values(
      (
        JSON.parse(readFileSync(join(import.meta.dirname, "..", "messages", l, "Layout.json"), "utf8")) as {
          nav: object;
        }
      ).nav,
    ),
  ]),
) as Record<Locale, string[]>;

async function open(path: string, ctx = context): Promise<Page> {
  const page = await ctx.newPage();
  const response = await page.goto(server.url + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe.each(OTHERS)("the site in %s", (locale) => {
  it("has every page, with the right lang, dir, language alternates and switcher", async () => {
    const page = await context.newPage();
    for (const [name, path] of types()) {
      const response = await page.goto(server.url + at(locale, path));
      expect(response?.status(), `${name} ${at(locale, path)}`).toBe(200);
      const html = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        alternates: Object.fromEntries(
          [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
            l.getAttribute("hreflang"),
            new URL((l as HTMLLinkElement).href).pathname,
          ]),
        ),
        canonical: new URL((document.querySelector('link[rel="canonical"]') as HTMLLinkElement).href).pathname,
        switcher: [...document.querySelectorAll(".languages a[hreflang]")].map((a) => [
          a.getAttribute("hreflang"),
          a.getAttribute("href"),
        ]),
        nav: [...document.querySelectorAll(".site-header nav:not(.languages) a")].map((a) => a.textContent),
      }));
      const bare = path.split("?")[0] ?? path;
      expect(html.lang, name).toBe(locale);
      expect(html.dir, name).toBe(directionOf(locale));
      expect(html.canonical, name).toBe(at(locale, bare));
      expect(html.alternates, name).toEqual({
        ...Object.fromEntries(LOCALES.map((l) => [l, at(l, bare)])),
        "x-default": bare,
      });
      expect(Object.fromEntries(html.switcher), name).toEqual(
        Object.fromEntries(LOCALES.filter((l) => l !== locale).map((l) => [l, at(l, bare)])),
      );
      expect(html.nav, `${name}: navigation in the catalogue's words`).toEqual(navigation[locale]);
    }
    await page.close();
  }, 120_000);

  it("keeps internal links in the same language", async () => {
    const page = await open(at(locale, "/"));
    const hrefs = await page.$$eval("main a[href^='/'], .site-header nav:not(.languages) a[href^='/']", (as) =>
      as.map((a) => a.getAttribute("href") ?? ""),
    );
    const wrong = hrefs.filter(
      (h) => !h.startsWith(`/${locale}/`) && !h.startsWith("/feeds/") && !h.startsWith("/data/"),
    );
    expect(wrong).toEqual([]);
    await page.close();
  });

  it("shows record texts as English, marked so, with a notice", async () => {
    const page = await open(at(locale, pageTypes().therapy ?? "/"));
    const summary = await page.evaluate(() => {
      const prose = document.querySelector("main .prose");
      return prose?.closest("[lang]")?.getAttribute("lang");
    });
    expect(summary).toBe("en");
    expect(await page.locator(".locale-notice").count()).toBe(1);
    await page.close();
  });

  it("passes axe (WCAG 2.2 AA) on each page type", async () => {
    const page = await context.newPage();
    const violations: Record<string, string[]> = {};
    for (const [name, path] of types()) {
      await page.goto(server.url + at(locale, path));
      const result = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .options({ resultTypes: ["violations"] })
        .setLegacyMode(true)
        .analyze();
      const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3)}`);
      if (found.length > 0) violations[name] = found;
    }
    expect(violations).toEqual({});
    await page.close();
  }, 180_000);

  it("fits 320 px without horizontal scrolling, and leaves screenshots", async () => {
    const narrow = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await narrow.newPage();
    const t = pageTypes();
    for (const [name, path] of Object.entries({
      home: "/",
      therapy: t.therapy,
      trials: "/trials/",
      trial: t.trial,
      country: "/countries/ir/",
      timeline: "/timeline/",
      about: "/about/",
    })) {
      await page.goto(server.url + at(locale, path ?? "/"));
      const [scroll, client] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(scroll, `${locale} ${name}`).toBeLessThanOrEqual(client);
      await page.screenshot({ path: join(SCREENSHOTS, `${locale}-${name}-320.png`), fullPage: false });
    }
    await narrow.close();
    const wide = await context.newPage();
    for (const [name, path] of Object.entries({ home: "/", therapy: t.therapy, trials: "/trials/" })) {
      await wide.goto(server.url + at(locale, path ?? "/"));
      await wide.screenshot({ path: join(SCREENSHOTS, `${locale}-${name}-1100.png`), fullPage: false });
    }
    await wide.close();
  }, 120_000);
});

describe("right to left", () => {
  it.each(["ar", "fa"] as const)(
    "%s mirrors the layout: brand at the right, timeline rule at the right",
    async (locale) => {
      const page = await open(at(locale, "/timeline/"));
      const layout = await page.evaluate(() => {
        const brand = document.querySelector(".brand")!.getBoundingClientRect();
        const timeline = getComputedStyle(document.querySelector(".timeline")!);
        return {
          brandRight: brand.right,
          width: document.documentElement.clientWidth,
          ruleRight: timeline.borderRightWidth,
          ruleLeft: timeline.borderLeftWidth,
        };
      });
      expect(layout.width - layout.brandRight).toBeLessThan(layout.width / 4);
      expect(layout.ruleRight).toBe("3px");
      expect(layout.ruleLeft).toBe("0px");
      await page.close();
    },
  );

  it("isolates Latin ids and names inside Persian text", async () => {
    const page = await open(at("fa", pageTypes().trial ?? "/"));
    const isolated = await page.evaluate(
      () => [...document.querySelectorAll("main bdi, main [dir='ltr'], main [dir='auto'], main [lang='en']")].length,
    );
    expect(isolated).toBeGreaterThan(0);
    const h1 = await page
      .locator("h1")
      .evaluate((el) => el.closest("[lang]")?.getAttribute("lang") ?? el.getAttribute("lang"));
    expect(h1).toBe("en");
    await page.close();
  });

  it("searches in Persian with an Arabic spelling, and links results in the page's language", async () => {
    const named = getDataset().organizations.find((o) => o.names.fa);
    expect(named, "the data has an organization with a Persian name").toBeDefined();
    // Arabic yeh and kaf in the query; the name is written with Persian ی and ک.
    const query = named!.names.fa!.name.replace(/ی/g, "ي").replace(/ک/g, "ك");
    const page = await open(`/fa/search/?q=${encodeURIComponent(query)}`);
    const first = page.locator("[data-search-results] a").first();
    await first.waitFor();
    expect(
      await page.locator("[data-search-results] a").evaluateAll((as) => as.map((a) => a.getAttribute("href"))),
    ).toContain(`/fa/organizations/${named!.id}/`);
    expect(await page.locator("[data-search-status]").textContent()).toMatch(/[۰-۹]/);
    await page.close();
  });

  it("writes counts with Persian digits in Persian", async () => {
    const page = await open(at("fa", "/"));
    const figures = await page.locator(".figures dd").allTextContents();
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(f).toMatch(/^[۰-۹٬]+$/);
    await page.close();
  });
});
