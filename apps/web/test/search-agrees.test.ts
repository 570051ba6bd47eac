// The site's search gives the API's hits, same records, same order: the browser module's code
// (src/client/search-core.ts) fetching the real built shards from the real static server, against
// the real API app, over Latin, Arabic, Persian and Turkish queries and very common words. Then
// the same over a dataset whose records carry local names, its shards read from disk.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import {
  buildSearchIndex,
  createAtlas,
  type Dataset,
  getDataset,
  type SearchHit,
  searchIndexFiles,
} from "@cell-atlas/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSiteSearch } from "../src/client/search-core";
import { assertBuilt, serveOut } from "./helpers/browser";

// The real API app, from its source. Imported by path so this app's type check does not compile
// the API's sources under the web's settings; the API's own tests type it.
type ApiApp = { request(path: string): Response | Promise<Response> };
type CreateApp = (options: { rateLimit: false; atlas?: ReturnType<typeof createAtlas> }) => { app: ApiApp };
const apiSource = new URL("../../api/src/app.ts", import.meta.url).href;
const { createApp } = (await import(/* @vite-ignore */ apiSource)) as { createApp: CreateApp };

const QUERIES = [
  "ALS",
  "NurOwn",
  "cell",
  "stem cell",
  "stem cell therapy",
  "mesenchymal",
  "limbel",
  "CD19 CAR-T",
  "car-t",
  "nct04326959",
  "İstanbul",
  "ISTANBUL",
  "ıstanbul",
  "Türkiye",
  "turkiye",
  "Hacettepe Üniversitesi",
  "royan zzzzqq",
  "پژوهشگاه رویان",
  "رويان",
  "مستشفى الملك فيصل",
  "جامعة القاهرة",
  "جمهوری‌اسلامی",
  "جمهوری اسلامی",
  "NCT۰۴۳۲۶۹۵۹",
];

type ApiHit = SearchHit & { href: string };
async function apiHits(app: ApiApp, q: string, limit: number): Promise<SearchHit[]> {
  const res = await app.request(`/v1/search?q=${encodeURIComponent(q)}&limit=${limit}`);
  expect(res.status, q).toBe(200);
  const body = (await res.json()) as { data: ApiHit[] };
  return body.data.map(({ href: _, ...hit }) => hit);
}

async function siteHits(search: ReturnType<typeof createSiteSearch>, q: string, from: number, to: number) {
  const result = await search(q);
  return { total: result.total, hits: await result.hits(from, to) };
}

describe("the site's search and the API's /v1/search, over the real data", () => {
  let server: Awaited<ReturnType<typeof serveOut>>;
  beforeAll(async () => {
    assertBuilt();
    server = await serveOut();
  });
  afterAll(async () => server?.close());

  it("agree on every query: the first page of 20, then the next", async () => {
    const { app } = createApp({ rateLimit: false });
    const search = createSiteSearch(`${server.url}/data/search/`);
    let many = 0;
    for (const q of QUERIES) {
      const api = await apiHits(app, q, 100);
      const site = await siteHits(search, q, 0, 20);
      expect(site.hits, q).toEqual(api.slice(0, 20));
      expect((await siteHits(search, q, 20, 40)).hits, q).toEqual(api.slice(20, 40));
      if (site.total > 40) many++;
    }
    expect(many).toBeGreaterThanOrEqual(3); // "cell", "stem cell", "mesenchymal" match many records
  });
});

describe("the same, over records with names in Arabic, Persian and Turkish", () => {
  const src = { url: "https://example.com/a", title: "t", publisher: "p", accessed: "2026-11-30", kind: "news" };
  const d = structuredClone(getDataset()) as Dataset;
  const give = (list: { id: string }[], id: string, names: Record<string, string>) => {
    const r = list.find((x) => x.id === id);
    if (!r) throw new Error(`${id} is not in the data`);
    Object.assign(r, {
      names: Object.fromEntries(Object.entries(names).map(([k, name]) => [k, { name, sources: [src] }])),
    });
  };
  give(d.organizations, "royan-institute", { fa: "پژوهشگاه رویان" });
  give(d.organizations, "kfshrc", { ar: "مستشفى الملك فيصل التخصصي" });
  give(d.organizations, "cairo-university", { ar: "جامعة القاهرة" });
  give(d.countries, "tr", { tr: "Türkiye Cumhuriyeti" });
  give(d.countries, "ir", { fa: "جمهوری\u200cاسلامی ایران" });
  const index = buildSearchIndex(d);
  const dir = mkdtempSync(join(tmpdir(), "cell-atlas-search-"));
  for (const [path, text] of searchIndexFiles(index)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // The browser module, reading the files from disk instead of over HTTP.
  const search = createSiteSearch("", async (path) => new Response(readFileSync(join(dir, String(path)))));
  const { app } = createApp({ rateLimit: false, atlas: createAtlas(d, index) });

  it("agree on every query, and the local names are found", async () => {
    for (const q of QUERIES) {
      const api = await apiHits(app, q, 20);
      expect((await siteHits(search, q, 0, 20)).hits, q).toEqual(api);
    }
    const first = async (q: string) => (await siteHits(search, q, 0, 1)).hits[0];
    expect(await first("پژوهشگاه رویان")).toMatchObject({ collection: "organizations", id: "royan-institute" });
    expect(await first("مستشفى الملك فيصل")).toMatchObject({ collection: "organizations", id: "kfshrc" });
    expect(await first("جمهوری اسلامی")).toMatchObject({ collection: "countries", id: "ir" });
  });
});
