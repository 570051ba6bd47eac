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
import { atlas, hrefOf, nameOf } from "@/lib/data";
import { formatDate, label } from "@/lib/format";

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

export const SINGULAR: Record<CollectionName, string> = {
  therapies: "therapy",
  organizations: "organization",
  countries: "country",
  trials: "trial",
  events: "event",
};

export const COLLECTION_TITLES: Record<CollectionName, string> = {
  therapies: "Therapies",
  organizations: "Organizations",
  countries: "Countries",
  trials: "Trials",
  events: "Events",
};

const FIELD_NAMES: Record<string, string> = {
  sources: "source",
  indications: "indication",
  approvals: "approval",
  claims: "claim",
  figures: "figure",
  organizations: "organization",
  countries: "countries",
  secondaryIds: "secondary registry id",
  formerIds: "former ids",
  lastReviewed: "last reviewed",
  cellSource: "cell source",
  tissueOrigin: "tissue origin",
  studyType: "study type",
  startDate: "start date",
  completionDate: "completion date",
  registryId: "registry id",
  oicMember: "OIC member",
  trialsRecorded: "trials recorded",
  url: "address",
  via: "read on",
};

/** A field name as words: "lastReviewed" → "last reviewed". */
export function fieldName(name: string): string {
  return FIELD_NAMES[name] ?? name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

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
 * A change path read aloud: `indications[condition=ALS].stage` → "Indication “ALS” › stage",
 * `sources[url=https://…]` → "Source on clinicaltrials.gov".
 */
export function fieldLabel(path: string): string {
  if (path === "(record)") return "Record";
  const text = pathParts(path)
    .map((p) => {
      const name = fieldName(p.name);
      if (p.key === undefined) return name;
      if (p.keyField === "url") return `${name} on ${hostOf(p.key)}`;
      if (p.keyField === "regulator") return `${name} by ${nameOf("organizations", p.key)}`;
      return `${name} “${p.key}”`.trim();
    })
    .join(" › ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const ENUM_FIELD = /^(stage|status|phase|kind|modality|area|registry|cellSource|studyType|region|role)$/;
const DATE_FIELD = /^(date|accessed|published|lastReviewed|startDate|completionDate)$/;
const MAX_VALUE = 280;

/** The last field name of a path: what a value is. */
const lastName = (path: string) => pathParts(path).at(-1)?.name ?? "";

/** A value of a change as short plain text: enum labels, dates in words, named items by their name. */
export function formatValue(value: unknown, path = ""): string {
  const text = plain(value, lastName(path));
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1).trimEnd()}…` : text;
}

function plain(v: unknown, field: string): string {
  if (v === undefined || v === null) return "—";
  if (typeof v === "string") {
    if (ENUM_FIELD.test(field)) return label(v);
    if (DATE_FIELD.test(field)) return formatDate(v);
    return v;
  }
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v !== "object") return String(v);
  if (Array.isArray(v)) return v.length === 0 ? "none" : v.map((x) => plain(x, field)).join("; ");
  const o = v as Record<string, unknown>;
  const s = (k: string) => (typeof o[k] === "string" || typeof o[k] === "number" ? String(o[k]) : undefined);
  if (s("url") && s("title"))
    return `${s("title")} (${s("publisher") ?? hostOf(s("url")!)}${s("kind") ? `, ${label(s("kind")!)}` : ""})`;
  if (s("regulator")) {
    const by = nameOf("organizations", s("regulator")!);
    const where = s("country") ? ` (${nameOf("countries", s("country")!)})` : "";
    const when = s("date") ? ` on ${formatDate(s("date"))}` : "";
    const kind = s("kind") ? `${label(s("kind")!)} approval` : "Approval";
    return `${kind} by ${by}${where}${when}${s("indication") ? ` for ${s("indication")}` : ""}`;
  }
  if (s("condition")) {
    const stage = [s("stage"), s("status")].filter((x) => x !== undefined).map((x) => label(x!));
    return stage.length > 0 ? `${s("condition")}: ${stage.join(", ")}` : s("condition")!;
  }
  if (s("claim")) return `“${s("claim")}”${s("by") ? ` (${s("by")})` : ""}`;
  if (s("what")) return `${s("what")}: ${s("value") ?? "—"}`;
  if (s("id")) return s("role") ? `${s("id")} (${label(s("role")!)})` : s("id")!;
  return Object.entries(o)
    .map(([k, x]) => `${fieldName(k)}: ${plain(x, k)}`)
    .join("; ");
}

/** One field change as a sentence: "Indication “ALS” › stage: Phase 2 → Phase 3". */
export function fieldSentence(f: FieldChange): string {
  const name = fieldLabel(f.path);
  if (f.old === undefined) return `${name} added: ${formatValue(f.new, f.path)}`;
  if (f.new === undefined) return `${name} removed: ${formatValue(f.old, f.path)}`;
  return `${name}: ${formatValue(f.old, f.path)} → ${formatValue(f.new, f.path)}`;
}

/** What a change did, in a few words: "Added", "Updated", "Renamed from x", "Removed". */
export function changeVerb(c: Change): string {
  if (c.type === "added") return "Added";
  if (c.type === "removed") return "Removed";
  if (c.type === "renamed") return `Renamed from ${c.formerId}`;
  return "Updated";
}

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

/** A release's date in words, for lists. */
export const releaseDate = (r: { date: string }) => formatDate(r.date);
