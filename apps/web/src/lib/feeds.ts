import type { ChangeLog, CollectionName, ReleasedChange } from "@cell-atlas/content";
import { v5 as uuidv5 } from "uuid";
import {
  COLLECTION_TITLES,
  changeLog,
  currentHref,
  currentIdOf,
  fieldSentence,
  formatValue,
  highlights,
  type ReleaseWithChanges,
  releaseHref,
  releasesWithChanges,
  rfc3339,
  SINGULAR,
} from "@/lib/changes";
import { atlas, nameOf } from "@/lib/data";
import { formatDate, plural } from "@/lib/format";
import { type FeedLink, SITE_NAME, SITE_URL } from "@/lib/site";

/** Entries per feed: the newest, release by release. Older ones stay on /changes/. */
export const FEED_LIMIT = 200;
/**
 * Entry and feed ids are name-based UUIDs (RFC 9562 version 5) of a key such as
 * "2026.12.01/trials/nct01234567/added": stable whatever address the site is served from, and
 * valid without a domain of our own (a tag: URI needs one). Never change the namespace.
 */
export const ATOM_ID_NAMESPACE = "a4a82670-deea-45db-9773-173a87e9cd9d";
export const atomId = (key: string) => `urn:uuid:${uuidv5(key, ATOM_ID_NAMESPACE)}`;

export type FeedKey = "changes" | "approvals" | "trials" | { country: string };

export interface FeedEntry {
  id: string;
  title: string;
  /** RFC 3339. */
  updated: string;
  /** A path on the site. */
  link: string;
  summary: string;
  categories: string[];
}

export interface Feed {
  /** Where the feed file is, e.g. /feeds/changes.xml. */
  path: string;
  /** The HTML page the feed follows. */
  alternate: string;
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  entries: FeedEntry[];
}

export const GENERAL_FEEDS = ["changes", "approvals", "trials"] as const;

export const feedPath = (key: FeedKey) =>
  typeof key === "string" ? `/feeds/${key}.xml` : `/feeds/countries/${key.country}.xml`;

const TITLES = {
  changes: "every change",
  approvals: "new approvals and regulation",
  trials: "new trials",
} as const;

export function feedTitle(key: FeedKey): string {
  return `${SITE_NAME}: ${typeof key === "string" ? TITLES[key] : `changes about ${nameOf("countries", key.country)}`}`;
}

/** The feed a page announces in its head and links in its body. */
export const feedLink = (key: FeedKey): FeedLink => ({ url: feedPath(key), title: feedTitle(key) });

/**
 * Countries with a feed: OIC member states that have records linked to them (programmes,
 * organizations, trials, events, through the content package's links).
 */
const feedCountries = new WeakMap<object, string[]>();

export function countryFeedIds(): string[] {
  const a = atlas();
  const known = feedCountries.get(a);
  if (known) return known;
  const ids = a.dataset.countries
    .filter((c) => c.oicMember && Object.values(a.related("countries", c.id)).some((refs) => (refs?.length ?? 0) > 0))
    .map((c) => c.id);
  feedCountries.set(a, ids);
  return ids;
}

/** Records linked to a country now, as "collection/id", the country itself included. */
function linkedTo(country: string): Set<string> {
  const out = new Set([`countries/${country}`]);
  for (const [collection, refs] of Object.entries(atlas().related("countries", country)))
    for (const r of refs ?? []) out.add(`${collection}/${r.id}`);
  return out;
}

function changeEntry(c: ReleasedChange): FeedEntry {
  const kind = SINGULAR[c.collection];
  const title =
    c.type === "added"
      ? `New ${kind}: ${c.name}`
      : c.type === "removed"
        ? `Removed ${kind}: ${c.name}`
        : c.type === "renamed"
          ? `Renamed ${kind}: ${c.name} (was ${c.formerId})`
          : `Updated ${kind}: ${c.name}`;
  const what =
    c.type === "added"
      ? `Added to the atlas.`
      : c.type === "removed"
        ? `Removed from the atlas (its id was ${c.id}).`
        : c.type === "renamed"
          ? `Its id changed from ${c.formerId} to ${c.id}.`
          : "";
  const fields = (c.fields ?? []).map(fieldSentence);
  return {
    id: atomId(`${c.release}/${c.collection}/${c.id}/${c.type}`),
    title,
    updated: rfc3339(c.date),
    link: currentHref(c.collection, c.id) ?? releaseHref(c.release),
    summary: [`Release ${c.release} (${formatDate(c.date)}).`, what, ...fields.map((f) => `${f}.`)]
      .filter(Boolean)
      .join(" "),
    categories: [c.collection, c.type],
  };
}

function approvalEntry(c: ReleasedChange, approvals: unknown[]): FeedEntry {
  return {
    id: atomId(`${c.release}/${c.collection}/${c.id}/approval`),
    title: `New approval: ${c.name}`,
    updated: rfc3339(c.date),
    link: currentHref(c.collection, c.id) ?? releaseHref(c.release),
    summary: [
      `Release ${c.release} (${formatDate(c.date)}).`,
      ...approvals.map((a) => `${formatValue(a, "approvals")}.`),
    ].join(" "),
    categories: [c.collection, "approval"],
  };
}

/** The first release holds every record as "added": one entry says so instead of hundreds. */
function firstReleaseEntry(r: ReleaseWithChanges, key: FeedKey, changes: readonly ReleasedChange[]): FeedEntry {
  const suffix = typeof key === "string" ? key : `countries/${key.country}`;
  const counts = Object.entries(r.counts)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${n} ${COLLECTION_TITLES[c as CollectionName].toLowerCase()}`);
  const h = typeof key === "string" && key !== "changes" ? highlights(changes) : undefined;
  const about =
    typeof key !== "string"
      ? `${plural(changes.length, "record")} linked to ${nameOf("countries", key.country)}`
      : key === "trials"
        ? plural(h?.newTrials.length ?? 0, "trial")
        : key === "approvals"
          ? plural(h?.regulation.length ?? 0, "approval and regulation event", "approval and regulation events")
          : `${plural(r.summary.added, "record")}: ${counts.join(", ")}`;
  return {
    id: atomId(`${r.version}/release/${suffix}`),
    title: `Data release ${r.version}: the first release`,
    updated: rfc3339(r.date),
    link: releaseHref(r.version),
    summary: `The atlas's first data release (${formatDate(r.date)}) starts the history of changes with ${about}. This feed lists what later releases add and change.`,
    categories: ["release"],
  };
}

/** A feed's entries in one release (before the limit). */
function entriesOf(r: ReleaseWithChanges, key: FeedKey): FeedEntry[] {
  if (typeof key !== "string") {
    const linked = linkedTo(key.country);
    const about = r.changes.filter((c) => {
      const current = currentIdOf(c.collection, c.id);
      return current !== undefined && linked.has(`${c.collection}/${current}`);
    });
    return r.first ? [firstReleaseEntry(r, key, about)] : about.map(changeEntry);
  }
  if (r.first) return [firstReleaseEntry(r, key, r.changes)];
  if (key === "changes") return r.changes.map(changeEntry);
  const h = highlights(r.changes);
  if (key === "trials") return h.newTrials.map((c) => changeEntry(c as ReleasedChange));
  // One entry per record for its new approvals, then the new approval and regulation events.
  const approvals = new Map<ReleasedChange, unknown[]>();
  for (const { change, approval } of h.newApprovals) {
    const c = change as ReleasedChange;
    approvals.set(c, [...(approvals.get(c) ?? []), approval]);
  }
  return [
    ...[...approvals].map(([c, list]) => approvalEntry(c, list)),
    ...h.regulation.map((c) => changeEntry(c as ReleasedChange)),
  ];
}

/** One feed over the change log: the newest FEED_LIMIT entries, newest release first. */
export function buildFeed(key: FeedKey, log: ChangeLog = changeLog()): Feed {
  const releases = releasesWithChanges(log);
  const entries = releases.flatMap((r) => entriesOf(r, key)).slice(0, FEED_LIMIT);
  const alternate = typeof key === "string" ? "/changes/" : `/countries/${key.country}/`;
  return {
    path: feedPath(key),
    alternate,
    id: atomId(`feeds/${typeof key === "string" ? key : `countries/${key.country}`}`),
    title: feedTitle(key),
    subtitle: `From the data releases of the ${SITE_NAME}: the newest ${FEED_LIMIT} entries at most, newest release first. Every release is on ${SITE_URL}/changes/.`,
    updated: releases[0] ? rfc3339(releases[0].date) : atlas().dataset.meta.generatedAt.replace(/\.\d+Z$/, "Z"),
    entries,
  };
}

/** Whether a code point is a Char of XML 1.0 (§2.2): no other control character, no lone surrogate. */
const isXmlChar = (c: number) =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;

function xmlChars(text: string): string {
  let out = "";
  // for…of walks code points: a surrogate pair is one, a lone surrogate stays alone and is dropped.
  for (const ch of text) if (isXmlChar(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

/** Text for an XML element or attribute: the five special characters escaped, what XML cannot hold dropped. */
export function escapeXml(text: string): string {
  return xmlChars(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** The feed as an Atom 1.0 document (RFC 4287). */
export function renderAtom(feed: Feed, site = SITE_URL, license?: { name: string; url: string }): string {
  const x = escapeXml;
  const meta = atlas().dataset.meta;
  const rights = license ?? { name: meta.license, url: meta.licenseUrl };
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">`,
    `  <id>${x(feed.id)}</id>`,
    `  <title>${x(feed.title)}</title>`,
    `  <subtitle>${x(feed.subtitle)}</subtitle>`,
    `  <updated>${x(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(site + feed.path)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(site + feed.alternate)}"/>`,
    `  <author><name>${x(SITE_NAME)}</name><uri>${x(`${site}/`)}</uri></author>`,
    `  <rights>${x(`Data: ${rights.name} (${rights.url})`)}</rights>`,
    `  <generator uri="${x(`${site}/changes/`)}">${x(SITE_NAME)}</generator>`,
  ];
  for (const e of feed.entries) {
    lines.push(
      "  <entry>",
      `    <id>${x(e.id)}</id>`,
      `    <title>${x(e.title)}</title>`,
      `    <updated>${x(e.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${x(site + e.link)}"/>`,
      ...e.categories.map((c) => `    <category term="${x(c)}"/>`),
      `    <summary type="text">${x(e.summary)}</summary>`,
      "  </entry>",
    );
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}

/** The response a feed route returns at build. */
export function atomResponse(feed: Feed): Response {
  return new Response(renderAtom(feed), { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
