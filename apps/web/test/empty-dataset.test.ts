import type { Dataset } from "@cell-atlas/content";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

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

const html = (element: ReactElement) => renderToStaticMarkup(element);

describe("pages with an empty dataset", () => {
  it("render lists, home, areas and the timeline with empty-state messages", async () => {
    const { default: Home } = await import("@/app/page");
    const { default: Therapies } = await import("@/app/therapies/page");
    const { default: Timeline } = await import("@/app/timeline/page");
    const { default: Countries } = await import("@/app/countries/page");
    const { default: Organizations } = await import("@/app/organizations/page");
    const { default: Trials } = await import("@/app/trials/page");
    const { default: Area } = await import("@/app/areas/[area]/page");
    expect(html(Home())).toContain("No events recorded yet.");
    expect(html(Therapies())).toContain("No therapies recorded yet.");
    expect(html(Timeline())).toContain("No events recorded yet.");
    expect(html(Countries())).toContain("No member states recorded yet.");
    expect(html(Organizations())).toContain("No organizations recorded yet.");
    expect(html(Trials())).toContain("No trials recorded yet.");
    expect(html(await Area({ params: Promise.resolve({ area: "cancer" }) }))).toContain("No programme in this area");
  });

  it("render /changes/ and a history with no release, and make no country feed", async () => {
    const { default: Changes } = await import("@/app/changes/page");
    const { History } = await import("@/components/Changes");
    const { buildFeed, countryFeedIds, renderAtom } = await import("@/lib/feeds");
    expect(html(Changes())).toContain("No data release has been made yet.");
    expect(html(History({ collection: "therapies", id: "x" }))).toContain("No data release has been made yet.");
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
