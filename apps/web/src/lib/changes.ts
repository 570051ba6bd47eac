import {
  type Change,
  type ChangeLog,
  type CollectionName,
  type FieldChange,
  getChangeLog,
  type Highlights,
  highlightsOf,
  type ReleasedChange,
  type ReleaseSummary,
} from "@cell-atlas/content";
import { ENUM_LABELS, type EnumName, type Locale } from "@cell-atlas/content/i18n";
import { createTranslator } from "next-intl";
import { en, type Messages } from "@/i18n/en";
import { formatter } from "@/i18n/format";
import { messagesFor } from "@/i18n/messages";
import { atlas, hrefOf, nameOf } from "@/lib/data";

/** The committed data releases and their changes (the content package's change log). */
export function changeLog(): ChangeLog {
  return getChangeLog();
}

/** Every change in the log, newest release first. */
export const allChanges = (log: ChangeLog = changeLog()): ReleasedChange[] => log.all();

export interface ReleaseWithChanges extends ReleaseSummary {
  /** The first release: every record in it is "added", so it is summarised, never listed. */
  first: boolean;
  changes: ReleasedChange[];
}

/** Each release, newest first, with its changes. */
export function releasesWithChanges(log: ChangeLog = changeLog()): ReleaseWithChanges[] {
  const byRelease = new Map<string, ReleasedChange[]>();
  for (const c of allChanges(log)) {
    const list = byRelease.get(c.release) ?? [];
    list.push(c);
    byRelease.set(c.release, list);
  }
  return log.releases().map((r) => ({ ...r, first: r.previous === null, changes: byRelease.get(r.version) ?? [] }));
}

/** An event's kind in the current data (changes name records, not their kinds). */
export const eventKind = (id: string): string | undefined => atlas().get("events", id)?.kind;

/** The changes readers follow, sorted out by the content package (`highlightsOf`). */
export function highlights(changes: readonly Change[]): Highlights {
  return highlightsOf(changes, eventKind);
}

/** Where a release is described on /changes/. */
export const releaseAnchor = (version: string) => `release-${version}`;
export const releaseHref = (version: string) => `/changes/#${releaseAnchor(version)}`;

/** The id a record has now: its own, the one it was renamed to later, or none once it is removed. */
export function currentIdOf(collection: CollectionName, id: string): string | undefined {
  const a = atlas();
  if (a.get(collection, id)) return id;
  const current = a.currentId(collection, id);
  return current && a.get(collection, current) ? current : undefined;
}

/** The page a changed record is on now, or undefined once it is removed from the atlas. */
export function currentHref(collection: CollectionName, id: string): string | undefined {
  const current = currentIdOf(collection, id);
  return current ? hrefOf(collection, current) : undefined;
}

/** The English catalogue's names: the Atom feeds (which stay English) use them. */
export const SINGULAR: Record<CollectionName, string> = en.Changes.singular;
export const COLLECTION_TITLES: Record<CollectionName, string> = en.Changes.collection;

/** Splits a change path into its names and the keys of list items: `a[k=v].b` → a, [v], b. */
function pathParts(path: string): { name: string; key?: string; keyField?: string }[] {
  const parts: { name: string; key?: string; keyField?: string }[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === ".") {
      i++;
      continue;
    }
    if (path[i] === "[") {
      // A key may itself hold "]" (a URL, a condition with brackets): it ends at a "]" followed by
      // the end, a "." or another "[".
      let end = path.indexOf("]", i);
      while (end >= 0 && end + 1 < path.length && path[end + 1] !== "." && path[end + 1] !== "[")
        end = path.indexOf("]", end + 1);
      if (end < 0) end = path.length;
      const inner = path.slice(i + 1, end);
      const eq = inner.indexOf("=");
      const last = parts[parts.length - 1];
      const item = { keyField: eq >= 0 ? inner.slice(0, eq) : "", key: eq >= 0 ? inner.slice(eq + 1) : inner };
      if (last && last.key === undefined) Object.assign(last, item);
      else parts.push({ name: "", ...item });
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < path.length && path[j] !== "." && path[j] !== "[") j++;
    parts.push({ name: path.slice(i, j) });
    i = j;
  }
  return parts;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/**
 * Which enum a field's value belongs to, by the field's name and the list it is in (`kind` is a
 * source's, an approval's, an event's or an organization's kind). Candidates are tried in order.
 */
function enumsOf(field: string, parent: string): EnumName[] {
  switch (field) {
    case "stage":
      return ["stage"];
    case "phase":
      return ["phase"];
    case "modality":
      return ["modality"];
    case "area":
      return ["area"];
    case "registry":
      return ["registry"];
    case "cellSource":
      return ["cellSource"];
    case "studyType":
      return ["studyType"];
    case "region":
      return ["region"];
    case "role":
      return ["organizationRole"];
    case "evidence":
      return ["evidence"];
    case "kind":
      if (parent === "sources") return ["sourceKind"];
      if (parent === "approvals") return ["approvalKind"];
      return ["eventKind", "organizationKind", "approvalKind", "sourceKind"];
    case "status":
      if (parent === "indications") return ["status"];
      if (parent === "claims") return ["claimStatus"];
      return ["trialStatus", "status", "claimStatus"];
    default:
      return [];
  }
}

const DATE_FIELD = /^(date|accessed|published|lastReviewed|startDate|completionDate|asOf|searched|founded)$/;
const MAX_VALUE = 280;

/** The last field name of a path (what a value is) and the list it is in. */
function lastNames(path: string): { field: string; parent: string } {
  const parts = pathParts(path);
  const field = parts.at(-1)?.name ?? "";
  const parent = parts.length > 1 ? (parts.at(-2)?.name ?? "") : "";
  return { field, parent };
}

type ChangesT = ReturnType<typeof createTranslator<Messages, "Changes">>;

/**
 * The words a change is described with, in one interface language: field names, values (enum
 * labels, dates, numbers in the locale), field sentences and verbs. Works outside React (the
 * Atom feeds, lists built in a function): give it the page's locale.
 */
export interface ChangeText {
  locale: Locale;
  /** "therapy", "trial": what one record of a collection is called. */
  singular(collection: CollectionName): string;
  /** "Therapies", "Trials". */
  collectionTitle(collection: CollectionName): string;
  /** A field name as words: "lastReviewed" → "last reviewed". */
  fieldName(name: string): string;
  /**
   * A change path read aloud: `indications[condition=ALS].stage` → "Indication “ALS” › stage",
   * `sources[url=https://…]` → "Source on clinicaltrials.gov".
   */
  fieldLabel(path: string): string;
  /** A value of a change as short plain text: enum labels, dates in words, named items by their name. */
  formatValue(value: unknown, path?: string): string;
  /** One field change as a sentence: "Indication “ALS” › stage: Phase 2 → Phase 3". */
  fieldSentence(f: FieldChange): string;
  /** What a change did, in a few words: "Added", "Updated", "Renamed from x", "Removed". */
  changeVerb(c: Change): string;
  /** A release's date in words, for lists. */
  releaseDate(r: { date: string }): string;
}

const texts = new Map<Locale, ChangeText>();

/** The change texts of a locale (built once per locale). */
export function changeText(locale: Locale): ChangeText {
  let text = texts.get(locale);
  if (!text) {
    text = makeChangeText(locale);
    texts.set(locale, text);
  }
  return text;
}

function makeChangeText(locale: Locale): ChangeText {
  const t: ChangesT = createTranslator({
    locale,
    messages: messagesFor(locale),
    namespace: "Changes",
    // As in src/i18n/request.ts: a message that cannot be formatted is a bug, not something to print.
    onError(error) {
      throw error;
    },
  });
  const f = formatter(locale);
  const plainNumber = new Intl.NumberFormat(locale === "en" ? "en-GB" : locale, { useGrouping: false });
  const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);
  // English record text inside a translated sentence is isolated (the plain-text <bdi>), so a
  // Latin name or id keeps its order in Arabic or Persian. English output stays as it was.
  const iso = (s: string) => (locale === "en" ? s : `\u2068${s}\u2069`);
  const fields = en.Changes.field as Record<string, string>;

  const fieldName = (name: string): string =>
    Object.hasOwn(fields, name)
      ? t(`field.${name}` as `field.${keyof typeof en.Changes.field}`)
      : name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

  function fieldLabel(path: string): string {
    if (path === "(record)") return t("path.record");
    const labels = pathParts(path).map((p) => {
      const field = fieldName(p.name);
      if (p.key === undefined) return field;
      if (p.keyField === "url") return t("path.onHost", { field, host: iso(hostOf(p.key)) });
      if (p.keyField === "regulator")
        return t("path.byRegulator", { field, regulator: iso(nameOf("organizations", p.key)) });
      return t("path.keyed", { field, key: iso(p.key) }).trim();
    });
    if (labels.length === 0) return "";
    return upperFirst(labels.reduce((outer, inner) => t("path.nested", { outer, inner })));
  }

  function enumValue(v: string, field: string, parent: string): string | undefined {
    const names = enumsOf(field, parent);
    const name = names.find((n) => Object.hasOwn(ENUM_LABELS.en[n], v)) ?? names[0];
    return name ? f.label(name, v) : undefined;
  }

  function plain(v: unknown, field: string, parent: string): string {
    if (v === undefined || v === null) return t("value.missing");
    if (typeof v === "string") {
      const label = enumValue(v, field, parent);
      if (label !== undefined) return label;
      if (DATE_FIELD.test(field)) return f.date(v);
      return v;
    }
    if (typeof v === "boolean") return v ? t("value.yes") : t("value.no");
    if (typeof v === "number") return plainNumber.format(v);
    if (typeof v !== "object") return String(v);
    if (Array.isArray(v))
      return v.length === 0 ? t("value.none") : v.map((x) => plain(x, field, parent)).join(t("value.listSeparator"));
    // An item of a list: its fields are read as the list's (a source's kind, an indication's status).
    const list = field || parent;
    const o = v as Record<string, unknown>;
    const s = (k: string) => (typeof o[k] === "string" || typeof o[k] === "number" ? String(o[k]) : undefined);
    const url = s("url");
    const title = s("title");
    if (url && title) {
      const kind = s("kind");
      const values = { title: iso(title), publisher: iso(s("publisher") ?? hostOf(url)) };
      return kind
        ? t("value.sourceWithKind", { ...values, kind: f.label("sourceKind", kind) })
        : t("value.source", values);
    }
    const regulator = s("regulator");
    if (regulator) {
      const kind = s("kind");
      const country = s("country");
      const date = s("date");
      const indication = s("indication");
      return t("value.approval", {
        hasKind: kind ? "yes" : "no",
        kind: kind ? f.label("approvalKind", kind) : "",
        regulator: iso(nameOf("organizations", regulator)),
        hasCountry: country ? "yes" : "no",
        country: country ? iso(nameOf("countries", country)) : "",
        hasDate: date ? "yes" : "no",
        date: date ? f.date(date) : "",
        hasIndication: indication ? "yes" : "no",
        indication: indication ? iso(indication) : "",
      });
    }
    const condition = s("condition");
    if (condition) {
      const details = (["stage", "status"] as const)
        .map((k) => {
          const x = s(k);
          return x === undefined ? undefined : f.label(k, x);
        })
        .filter((x) => x !== undefined);
      return details.length > 0
        ? t("value.indication", { condition: iso(condition), details: details.join(t("value.detailSeparator")) })
        : iso(condition);
    }
    const claim = s("claim");
    if (claim) {
      const by = s("by");
      return by ? t("value.claimBy", { claim: iso(claim), by: iso(by) }) : t("value.claim", { claim: iso(claim) });
    }
    const what = s("what");
    if (what)
      return t("value.figure", {
        what: iso(what),
        value: o.value === undefined || o.value === null ? t("value.missing") : plain(o.value, "value", list),
      });
    const id = s("id");
    if (id) {
      const role = s("role");
      return role ? t("value.withRole", { id: iso(id), role: f.label("organizationRole", role) }) : iso(id);
    }
    return Object.entries(o)
      .map(([k, x]) => t("value.entry", { field: fieldName(k), value: plain(x, k, list) }))
      .join(t("value.listSeparator"));
  }

  function formatValue(value: unknown, path = ""): string {
    const { field, parent } = lastNames(path);
    const text = plain(value, field, parent);
    return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1).trimEnd()}…` : text;
  }

  return {
    locale,
    singular: (c) => t(`singular.${c}`),
    collectionTitle: (c) => t(`collection.${c}`),
    fieldName,
    fieldLabel,
    formatValue,
    fieldSentence(fc) {
      const field = fieldLabel(fc.path);
      if (fc.old === undefined) return t("sentence.added", { field, value: formatValue(fc.new, fc.path) });
      if (fc.new === undefined) return t("sentence.removed", { field, value: formatValue(fc.old, fc.path) });
      return t("sentence.changed", { field, old: formatValue(fc.old, fc.path), new: formatValue(fc.new, fc.path) });
    },
    changeVerb(c) {
      if (c.type === "renamed") return t("verb.renamed", { formerId: iso(c.formerId ?? "") });
      return t(`verb.${c.type}`);
    },
    releaseDate: (r) => f.date(r.date),
  };
}

/** English, for the Atom feeds (which stay English) and callers not yet given a locale. */
const english = () => changeText("en");

/** A field name as words, in English: "lastReviewed" → "last reviewed". */
export const fieldName = (name: string): string => english().fieldName(name);

/** A change path read aloud, in English. See {@link ChangeText.fieldLabel}. */
export const fieldLabel = (path: string): string => english().fieldLabel(path);

/** A value of a change as short plain English text. See {@link ChangeText.formatValue}. */
export const formatValue = (value: unknown, path = ""): string => english().formatValue(value, path);

/** One field change as an English sentence: "Indication “ALS” › stage: Phase 2 → Phase 3". */
export const fieldSentence = (f: FieldChange): string => english().fieldSentence(f);

/** What a change did, in English: "Added", "Updated", "Renamed from x", "Removed". */
export const changeVerb = (c: Change): string => english().changeVerb(c);

/** Summary counts of a release's changes per collection and kind of change. */
export function countsByCollection(changes: readonly Change[]): Record<CollectionName, Record<Change["type"], number>> {
  const zero = () => ({ added: 0, removed: 0, renamed: 0, changed: 0 });
  const out = {
    therapies: zero(),
    organizations: zero(),
    countries: zero(),
    trials: zero(),
    events: zero(),
  };
  for (const c of changes) out[c.collection][c.type]++;
  return out;
}

/** The date of a release as RFC 3339 (releases are made on a day; midnight UTC stands for it). */
export const rfc3339 = (date: string) => `${date}T00:00:00Z`;

/** A release's date in English words, for the feeds; pages use `changeText(locale).releaseDate`. */
export const releaseDate = (r: { date: string }) => english().releaseDate(r);
