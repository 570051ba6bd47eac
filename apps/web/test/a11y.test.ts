import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, serveOut } from "./helpers/browser";
import { pageTypes } from "./helpers/pages";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: Awaited<ReturnType<typeof serveOut>>;

beforeAll(async () => {
  server = await serveOut();
  browser = await launch();
  // AxeBuilder needs a page from browser.newContext(), not browser.newPage().
  context = await browser.newContext();
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function violations(path: string, colorScheme: "light" | "dark" = "light") {
  await page.emulateMedia({ colorScheme });
  await page.goto(server.url + path);
  if (path.startsWith("/search/")) await page.locator("[data-search-results] a").first().waitFor();
  const result = await new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ resultTypes: ["violations"] })
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

describe("axe-core, WCAG 2.2 AA", () => {
  const types = pageTypes();
  for (const [type, path] of Object.entries(types)) {
    it(`${type} (${path}) has no violations`, async () => {
      expect(await violations(path)).toEqual([]);
    });
  }

  it("home and a therapy have no violations in dark mode", async () => {
    expect(await violations("/", "dark")).toEqual([]);
    expect(await violations(types.therapy ?? "/", "dark")).toEqual([]);
  });
});
