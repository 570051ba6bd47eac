import { z } from "zod";
import { decodeCursor, encodeCursor, fingerprint } from "../query/cursor.ts";
import { Cursor, Limit } from "../query/params.ts";
import { QueryError, queryErrorsFrom } from "../query/query-error.ts";
import { CollectionName } from "../schema/index.ts";
import { type Change, ChangeType, type Release, ReleaseVersion } from "./schema.ts";

const DateOrVersion = z
  .string()
  .trim()
  .refine(
    (s) => /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(s) || ReleaseVersion.safeParse(s).success,
    "must be a date (YYYY, YYYY-MM or YYYY-MM-DD) or a release version (YYYY.MM.DD)",
  );

export const ChangesQuery = z.strictObject({
  since: DateOrVersion.optional().describe(
    "Changes in releases made on or after this date (YYYY, YYYY-MM or YYYY-MM-DD), or after this release version (YYYY.MM.DD). Without it, every change.",
  ),
  collection: CollectionName.optional().describe("Only changes to records of this collection."),
  type: ChangeType.optional().describe("Only this kind of change: added, removed, renamed or changed."),
  id: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe("Only changes to the record with this id (its current or a former one)."),
  limit: Limit,
  cursor: Cursor.optional(),
});

export type ChangesQuery = z.input<typeof ChangesQuery>;

/** One change as lists show it: the change, with the release it came in. */
export type ReleasedChange = Change & { release: string; date: string };

export interface ReleaseSummary extends Omit<Release, "changes"> {}

export interface ChangeLog {
  /** Every release, newest first, without its changes. */
  releases(): ReleaseSummary[];
  /** Every change, newest release first, unpaged: for builds that render them all (the site, feeds). */
  all(): ReleasedChange[];
  /** Changes, newest release first, filtered and paged like the collection lists. */
  list(input?: ChangesQuery): { data: ReleasedChange[]; total: number; nextCursor: string | null };
  /** Every change to one record, newest first: its history. */
  history(collection: CollectionName, id: string): ReleasedChange[];
}

const versionKey = (v: string) =>
  v
    .split(".")
    .map((p) => p.padStart(4, "0"))
    .join(".");

/** The change log over the committed releases (newest first in the result, whatever the input order). */
export function createChangeLog(releases: readonly Release[]): ChangeLog {
  const sorted = [...releases].sort((a, b) => (versionKey(a.version) < versionKey(b.version) ? 1 : -1));
  const all: ReleasedChange[] = sorted.flatMap((r) =>
    r.changes.map((c) => ({ ...c, release: r.version, date: r.date })),
  );
  const afterPoint = (since: string) => {
    if (ReleaseVersion.safeParse(since).success)
      return (c: ReleasedChange) => versionKey(c.release) > versionKey(since);
    // A date of lower precision stands for its start: since=2026-11 includes every day of November.
    return (c: ReleasedChange) => c.date >= since;
  };
  return {
    releases: () => sorted.map(({ changes: _changes, ...summary }) => summary),
    all: () => [...all],
    list: (input = {}) => {
      const parsed = ChangesQuery.safeParse(input);
      if (!parsed.success) throw queryErrorsFrom(parsed.error.issues, ChangesQuery)[0];
      const { limit, cursor, ...filters } = parsed.data;
      const key = fingerprint({ changes: true, ...filters });
      let offset = 0;
      if (cursor) {
        const state = decodeCursor(cursor);
        if (!state || state.key !== key)
          throw new QueryError("cursor", "belongs to a different query; keep the same filters while paging");
        offset = state.offset;
      }
      const since = filters.since ? afterPoint(filters.since) : () => true;
      const matches = all.filter(
        (c) =>
          since(c) &&
          (filters.collection === undefined || c.collection === filters.collection) &&
          (filters.type === undefined || c.type === filters.type) &&
          (filters.id === undefined || c.id === filters.id || c.formerId === filters.id),
      );
      const data = matches.slice(offset, offset + limit);
      const next = offset + limit < matches.length ? encodeCursor({ offset: offset + limit, key }) : null;
      return { data, total: matches.length, nextCursor: next };
    },
    history: (collection, id) => {
      // Follow renames backwards: a record's history includes what happened under its former ids.
      const ids = new Set([id]);
      for (const c of all)
        if (c.collection === collection && c.type === "renamed" && ids.has(c.id) && c.formerId) ids.add(c.formerId);
      return all.filter(
        (c) => c.collection === collection && (ids.has(c.id) || (c.formerId !== undefined && ids.has(c.formerId))),
      );
    },
  };
}
