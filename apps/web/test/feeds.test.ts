import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createChangeLog, getChangeLog, getDataset } from "@cell-atlas/content";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseAtomFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { buildFeed, escapeXml, FEED_LIMIT, type FeedKey, renderAtom } from "@/lib/feeds";
import { assertBuilt, OUT } from "./helpers/browser";
import { countriesWithFeedsDirect, expectedEntryIds, idOf, type Key, LIMIT, linkedDirect } from "./helpers/feed-oracle";
import { AWKWARD_NAME, bigRelease, committedReleases, syntheticRelease } from "./helpers/releases";

// RFC 3339 date-time, as RFC 4287 §3.3 requires (a "T", seconds, and Z or an offset).
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type Element = Record<string, unknown>;
const asList = (v: unknown): Element[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]) as Element[];
const text = (v: unknown): string | undefined =>
  typeof v === "string" ? v : v && typeof v === "object" ? ((v as Element)["#text"] as string | undefined) : undefined;

/**
 * A feed checked three ways: well-formed XML, read by a real Atom parser (feedsmith), and the
 * elements RFC 4287 requires (§4.1.1 feed, §4.1.2 entry), read from the raw XML tree so a lenient
 * parser cannot fill them in. Returns the parsed feed.
 */
/** A name-based (version 5) UUID URN, lower case. */
const UUID5 = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function checkAtom(xml: string, where: string) {
  expect(XMLValidator.validate(xml), `${where}: well-formed XML`).toBe(true);
  const parsed = parseAtomFeed(xml);
  const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml) as Element;
  const feed = tree.feed as Element;
  expect(feed, `${where}: <feed>`).toBeDefined();
  expect(feed["@xmlns"], `${where}: Atom namespace`).toBe("http://www.w3.org/2005/Atom");
  expect(asList(feed.id), `${where}: exactly one feed id`).toHaveLength(1);
  expect(text(feed.id), `${where}: feed id`).toMatch(UUID5);
  expect(text(feed.title), `${where}: feed title`).toBeTruthy();
  expect(text(feed.updated), `${where}: feed updated`).toMatch(RFC3339);
  const entries = asList(feed.entry);
  const feedAuthor = asList(feed.author).some((a) => text(a.name));
  const links = asList(feed.link);
  expect(
    links.filter((l) => l["@rel"] === "self"),
    `${where}: one rel=self`,
  ).toHaveLength(1);
  expect(
    links.filter((l) => l["@rel"] === "alternate" && l["@type"] === "text/html"),
    `${where}: rel=alternate`,
  ).toHaveLength(1);
  for (const e of entries) {
    const id = text(e.id);
    expect(asList(e.id), `${where}: one id per entry`).toHaveLength(1);
    expect(id, `${where}: entry id`).toMatch(UUID5);
    expect(text(e.title), `${where} ${id}: title`).toBeTruthy();
    expect(text(e.updated), `${where} ${id}: updated`).toMatch(RFC3339);
    expect(Number.isNaN(Date.parse(text(e.updated)!)), `${where} ${id}: a real date`).toBe(false);
    // No content element, so an alternate link is required (§4.1.1.1), and a summary is given.
    expect(
      asList(e.link).some((l) => (l["@rel"] ?? "alternate") === "alternate" && l["@href"]),
      `${where} ${id}: link`,
    ).toBe(true);
    expect(text(e.summary), `${where} ${id}: summary`).toBeTruthy();
    // §4.1.1: an author on the feed, or on every entry.
    if (!feedAuthor)
      expect(
        asList(e.author).some((a) => text(a.name)),
        `${where} ${id}: author`,
      ).toBe(true);
  }
  expect(feedAuthor || entries.length > 0, `${where}: author`).toBe(true);
  const ids = entries.map((e) => text(e.id));
  expect(new Set(ids).size, `${where}: entry ids unique`).toBe(ids.length);
  expect(entries.length, `${where}: at most ${FEED_LIMIT} entries`).toBeLessThanOrEqual(FEED_LIMIT);
  // Newest first.
  const times = entries.map((e) => Date.parse(text(e.updated)!));
  expect(times, `${where}: newest first`).toEqual([...times].sort((a, b) => b - a));
  // The parser reads the same feed.
  expect(parsed.id).toBe(text(feed.id));
  expect((parsed.entries ?? []).map((e) => e.id)).toEqual(ids);
  return parsed;
}

const feedFile = (key: Key) =>
  join(OUT, "feeds", typeof key === "string" ? `${key}.xml` : join("countries", `${key.country}.xml`));

describe("Atom feeds over synthetic releases", () => {
  const releases = committedReleases();
  const synthetic = syntheticRelease(getDataset(), getChangeLog().releases()[0]?.version);
  const log = createChangeLog([...releases, synthetic]);
  const d = getDataset();
  const country = synthetic.changes.find((c) => c.collection === "countries")!.id;
  const keys: Key[] = ["changes", "approvals", "trials", { country }];

  it("hold exactly the entries a direct computation from the releases gives, and meet RFC 4287", () => {
    for (const key of keys) {
      const xml = renderAtom(buildFeed(key as FeedKey, log));
      const parsed = checkAtom(xml, JSON.stringify(key));
      expect(
        (parsed.entries ?? []).map((e) => e.id),
        JSON.stringify(key),
      ).toEqual(expectedEntryIds([...releases, synthetic], key, d));
    }
    // The synthetic release has something for every feed, so the checks above compared real entries.
    for (const key of ["approvals", "trials"] as const)
      expect(expectedEntryIds([synthetic], key, d).length, key).toBeGreaterThan(0);
    expect(expectedEntryIds([synthetic], { country }, d).length).toBeGreaterThan(0);
  });

  it("name the change, link the record's page and say what changed", () => {
    const feed = buildFeed("changes", log);
    const therapy = synthetic.changes.find((c) => c.collection === "therapies" && c.type === "changed")!;
    const entry = feed.entries.find((e) => e.id === idOf(`${synthetic.version}/therapies/${therapy.id}/changed`))!;
    expect(entry.title).toBe(`Updated therapy: ${therapy.name}`);
    expect(entry.link).toBe(`/therapies/${therapy.id}/`);
    expect(entry.updated).toBe("2099-01-15T00:00:00Z");
    expect(entry.summary).toMatch(/stage: Phase 1 → Phase 2/);
    const removed = feed.entries.find(
      (e) => e.id === idOf(`${synthetic.version}/therapies/withdrawn-programme/removed`),
    )!;
    // A removed record has no page: its entry links the release on /changes/.
    expect(removed.link).toBe("/changes/#release-2099.01.15");
    const event = synthetic.changes.find((c) => c.collection === "events")!;
    expect(feed.entries.find((e) => e.id === idOf(`${synthetic.version}/events/${event.id}/added`))?.link).toBe(
      `/timeline/#event-${event.id}`,
    );
  });

  it("escape markup, quotes and ampersands, and drop characters XML cannot hold", () => {
    const xml = renderAtom(buildFeed("changes", log));
    const parsed = parseAtomFeed(xml);
    const awkward = parsed.entries?.find((e) => e.title?.value?.includes("Trial <b>"));
    expect(awkward?.title?.value).toBe(`Updated trial: ${AWKWARD_NAME.replace("\u0001", "")}`);
    expect(xml).not.toContain("<b>");
    expect(escapeXml(`<a href="x">'&'</a>\u0000\uD800`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;",
    );
  });

  it(`keep the newest ${LIMIT} entries`, () => {
    const big = bigRelease(LIMIT + 50, synthetic.version);
    const all = [...releases, synthetic, big];
    const feed = buildFeed("changes", createChangeLog(all));
    expect(feed.entries).toHaveLength(LIMIT);
    expect(feed.entries[0]?.updated).toBe("2099-02-01T00:00:00Z");
    expect(feed.entries.map((e) => e.id)).toEqual(expectedEntryIds(all, "changes", d));
    expect(feed.updated).toBe("2099-02-01T00:00:00Z");
  });
});

describe("Atom feeds in the build", () => {
  assertBuilt();
  const d = getDataset();
  const releases = committedReleases();
  const countries = countriesWithFeedsDirect(d);

  it("has a feed per OIC member state with records, and the three site-wide feeds", () => {
    expect(countries.length).toBeGreaterThan(0);
    const files = readdirSync(join(OUT, "feeds", "countries"))
      .filter((f) => f.endsWith(".xml"))
      .map((f) => f.replace(/\.xml$/, ""))
      .sort();
    expect(files).toEqual(countries);
    for (const key of ["changes", "approvals", "trials"] as const) expect(existsSync(feedFile(key)), key).toBe(true);
    // Records linked to a country: the feed follows the same links as the country's page.
    expect(linkedDirect(d, "ir").size).toBeGreaterThan(10);
  });

  it("parses, meets RFC 4287, and holds exactly the entries a direct computation gives", () => {
    const keys: Key[] = ["changes", "approvals", "trials", ...countries.map((country) => ({ country }))];
    for (const key of keys) {
      const where = JSON.stringify(key);
      const xml = readFileSync(feedFile(key), "utf8");
      const parsed = checkAtom(xml, where);
      expect(
        (parsed.entries ?? []).map((e) => e.id),
        where,
      ).toEqual(expectedEntryIds(releases, key, d));
      const self = parsed.links?.find((l) => l.rel === "self")?.href ?? "";
      expect(new URL(self).pathname, where).toBe(
        typeof key === "string" ? `/feeds/${key}.xml` : `/feeds/countries/${key.country}.xml`,
      );
      const alternate = parsed.links?.find((l) => l.rel === "alternate")?.href ?? "";
      expect(new URL(alternate).pathname, where).toBe(
        typeof key === "string" ? "/changes/" : `/countries/${key.country}/`,
      );
      expect(parsed.updated, where).toBe(`${getChangeLog().releases()[0]?.date}T00:00:00Z`);
    }
  });

  it("links every entry to a page (and anchor) that exists in out/", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of ["changes", "approvals", "trials"]
      .map((k) => feedFile(k as Key))
      .concat(countries.map((country) => feedFile({ country })))) {
      const parsed = parseAtomFeed(readFileSync(file, "utf8"));
      const hrefs = [
        ...(parsed.links ?? []).filter((l) => l.rel === "alternate").map((l) => l.href),
        ...(parsed.entries ?? []).flatMap((e) => (e.links ?? []).map((l) => l.href)),
      ];
      for (const href of hrefs) {
        checked++;
        const url = new URL(href ?? "");
        const page = join(OUT, decodeURIComponent(url.pathname), url.pathname.endsWith("/") ? "index.html" : "");
        if (!existsSync(page)) {
          missing.push(`${file}: ${href}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && !readFileSync(page, "utf8").includes(`id="${anchor}"`)) missing.push(`${file}: ${href} (anchor)`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(countries.length);
  });

  it("announces the feeds in the head of the home page, /changes/ and each country page", () => {
    const alternates = (path: string) =>
      [...readFileSync(join(OUT, path, "index.html"), "utf8").matchAll(/<link rel="alternate"[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => tag.includes('type="application/atom+xml"'))
        .map((tag) => new URL(/href="([^"]+)"/.exec(tag)![1]!).pathname);
    const general = ["/feeds/changes.xml", "/feeds/approvals.xml", "/feeds/trials.xml"];
    expect(alternates("")).toEqual(general);
    expect(alternates("changes")).toEqual(general);
    for (const c of d.countries) {
      const expected = countries.includes(c.id) ? [`/feeds/countries/${c.id}.xml`] : [];
      expect(alternates(join("countries", c.id)), c.id).toEqual(expected);
    }
    for (const href of [...general, ...countries.map((c) => `/feeds/countries/${c}.xml`)])
      expect(existsSync(join(OUT, href)), href).toBe(true);
  });
});
