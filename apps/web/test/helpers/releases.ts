import {
  type Change,
  type ChangeLog,
  type CollectionName,
  type Dataset,
  getChangeLog,
  getDataset,
  type Release,
  type ReleasedChange,
} from "@cell-atlas/content";

/** Every change of a log, straight from `list` (pages of 100). */
export function changesOf(log: ChangeLog): ReleasedChange[] {
  const out: ReleasedChange[] = [];
  let cursor: string | undefined;
  do {
    const page = log.list({ limit: 100, ...(cursor ? { cursor } : {}) });
    out.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

/** The committed releases as Release objects again (summary and changes), whatever they hold. */
export function committedReleases(log: ChangeLog = getChangeLog()): Release[] {
  const changes = changesOf(log);
  return log.releases().map((r) => ({
    ...r,
    changes: changes
      .filter((c) => c.release === r.version)
      .map(({ release: _release, date: _date, ...c }) => c as Change),
  }));
}

/** The name with which the synthetic release tests XML escaping: markup, quotes, an ampersand and a control character. */
export const AWKWARD_NAME = `Trial <b>"one"</b> & 'two' \u0001done`;

/**
 * A release made after the committed ones, of changes to real records: a new trial, a stage and an
 * approval on a programme, a new approval event and a new event of another kind, a trial's status,
 * a renamed organization, a removed programme, a corrected country, and an awkward name.
 */
export function syntheticRelease(d: Dataset = getDataset(), previous = "2000.01.01"): Release {
  const therapy = d.therapies.find((t) => t.indications.length > 0)!;
  const indication = therapy.indications[0]!;
  const approvalEvent = d.events.find((e) => e.kind === "approval" || e.kind === "regulation")!;
  const otherEvent = d.events.find((e) => e.kind !== "approval" && e.kind !== "regulation")!;
  const newTrial = d.trials.find((t) => t.countries.length > 0)!;
  const changedTrial = d.trials.find((t) => t.id !== newTrial.id && t.countries.length > 0)!;
  const org = d.organizations[0]!;
  const country = d.countries.find((c) => c.oicMember && c.id === newTrial.countries[0]) ?? d.countries[0]!;
  const regulator = d.organizations.find((o) => o.kind === "regulator") ?? org;
  const approval = {
    regulator: regulator.id,
    country: regulator.country,
    date: "2099-01-10",
    indication: indication.condition,
    kind: "conditional",
    sources: [{ url: "https://example.org/approval", title: "Notice", publisher: "Regulator", accessed: "2099-01-12" }],
  };
  const changes: Change[] = [
    { type: "added", collection: "trials", id: newTrial.id, name: newTrial.title },
    {
      type: "changed",
      collection: "therapies",
      id: therapy.id,
      name: therapy.name,
      fields: [
        { path: `indications[condition=${indication.condition}].stage`, old: "phase-1", new: "phase-2" },
        { path: `approvals[regulator=${regulator.id}]`, new: approval },
        {
          path: "sources[url=https://example.org/new-source]",
          new: { url: "https://example.org/new-source", title: "A new source", publisher: "Example", kind: "news" },
        },
        { path: "lastReviewed", old: "2026-11-30", new: "2099-01-14" },
      ],
    },
    { type: "added", collection: "events", id: approvalEvent.id, name: approvalEvent.title },
    { type: "added", collection: "events", id: otherEvent.id, name: otherEvent.title },
    {
      type: "changed",
      collection: "trials",
      id: changedTrial.id,
      name: AWKWARD_NAME,
      fields: [{ path: "status", old: "recruiting", new: "completed" }],
    },
    { type: "renamed", collection: "organizations", id: org.id, formerId: `${org.id}-old`, name: org.name, fields: [] },
    { type: "removed", collection: "therapies", id: "withdrawn-programme", name: "Withdrawn programme" },
    {
      type: "changed",
      collection: "countries",
      id: country.id,
      name: country.name,
      fields: [{ path: "summary", old: "Before.", new: "After." }],
    },
  ];
  const summary = { added: 0, removed: 0, renamed: 0, changed: 0 };
  for (const c of changes) summary[c.type]++;
  return {
    version: "2099.01.15",
    date: "2099-01-15",
    previous,
    dataVersion: "synthetic",
    counts: { therapies: 1, organizations: 1, countries: 1, trials: 2, events: 2 },
    summary,
    changes,
  };
}

/** A release of `n` corrections, to check the feeds' limit. */
export function bigRelease(n: number, previous: string): Release {
  const changes: Change[] = Array.from({ length: n }, (_, i) => ({
    type: "changed" as const,
    collection: "organizations" as CollectionName,
    id: `org-${String(i).padStart(4, "0")}`,
    name: `Organization ${i}`,
    fields: [{ path: "summary", old: "a", new: "b" }],
  }));
  return {
    version: "2099.02.01",
    date: "2099-02-01",
    previous,
    dataVersion: "big",
    counts: { therapies: 0, organizations: n, countries: 0, trials: 0, events: 0 },
    summary: { added: 0, removed: 0, renamed: 0, changed: n },
    changes,
  };
}
