import type { Dataset } from "@cell-atlas/content";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { withIntl } from "./helpers/intl";

// Every page must build from any valid dataset, including one with no records at all.
vi.mock("@cell-atlas/content", async (importOriginal) => {
  const original = await importOriginal<typeof import("@cell-atlas/content")>();
  const empty: Dataset = {
    meta: {
      name: "Cell Therapy Atlas",
      version: "0.0.0",
      dataVersion: "empty",
      generatedAt: "2026-01-01T00:00:00.000Z",
      license: "CC-BY-4.0",
      licenseUrl: "https://creativecommons.org/licenses/by/4.0/",
      counts: { therapies: 0, organizations: 0, countries: 0, trials: 0, events: 0 },
    },
    therapies: [],
    organizations: [],
    countries: [],
    trials: [],
    events: [],
  };
  const atlas = original.createAtlas(empty);
  const log = original.createChangeLog([]);
  return { ...original, getAtlas: () => atlas, getDataset: () => empty, getChangeLog: () => log };
});

vi.mock("next-intl/server", async () => (await import("./helpers/intl")).intlServer);

const html = (element: ReactNode) => renderToStaticMarkup(withIntl(element, "en"));
const params = Promise.resolve({});

describe("pages with an empty dataset", () => {
  it("render lists, home, areas and the timeline with empty-state messages", async () => {
    const { default: Home } = await import("@/app/(en)/page");
    const { default: Therapies } = await import("@/app/(en)/therapies/page");
    const { default: Timeline } = await import("@/app/(en)/timeline/page");
    const { default: Countries } = await import("@/app/(en)/countries/page");
    const { default: Organizations } = await import("@/app/(en)/organizations/page");
    const { default: Trials } = await import("@/app/(en)/trials/page");
    const { default: Area } = await import("@/app/(en)/areas/[area]/page");
    expect(html(await Home({ params }))).toContain("No events recorded yet.");
    expect(html(await Therapies({ params }))).toContain("No therapies recorded yet.");
    expect(html(await Timeline({ params }))).toContain("No events recorded yet.");
    expect(html(await Countries({ params }))).toContain("No member states recorded yet.");
    expect(html(await Organizations({ params }))).toContain("No organizations recorded yet.");
    expect(html(await Trials({ params }))).toContain("No trials recorded yet.");
    expect(html(await Area({ params: Promise.resolve({ area: "cancer" }) }))).toContain("No programme in this area");
  });

  it("render /changes/ and a history with no release, and make no country feed", async () => {
    const { default: Changes } = await import("@/app/(en)/changes/page");
    const { History } = await import("@/components/Changes");
    const { buildFeed, countryFeedIds, renderAtom } = await import("@/lib/feeds");
    expect(html(await Changes({ params }))).toContain("No data release has been made yet.");
    expect(html(createElement(History, { collection: "therapies", id: "x" }))).toContain(
      "No data release has been made yet.",
    );
    expect(countryFeedIds()).toEqual([]);
    const feed = buildFeed("changes");
    expect(feed.entries).toEqual([]);
    expect(renderAtom(feed)).toContain(`<updated>2026-01-01T00:00:00Z</updated>`);
  });

  it("gives dynamic routes a placeholder param, since static export refuses none", async () => {
    const { staticIds } = await import("@/lib/data");
    expect(staticIds("therapies")).toEqual([{ id: "none" }]);
  });
});
