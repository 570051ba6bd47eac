import type { Change } from "./schema.ts";

/** The changes readers follow, sorted out of a release once for the site, the feeds and the summary. */
export interface Highlights {
  newTrials: Change[];
  /** Approvals added to a therapy, or a therapy added with approvals, with the approval as published. */
  newApprovals: { change: Change; approval: unknown }[];
  /** New events of kind approval or regulation. */
  regulation: Change[];
  /** A programme's stage or status, or a trial's phase or status, that moved. */
  stageAndStatus: { change: Change; path: string; old: unknown; new: unknown }[];
  /** Every other change to an existing record: corrections, new sources, new facts. */
  corrections: Change[];
  added: Change[];
  removed: Change[];
  renamed: Change[];
}

const STAGE_OR_STATUS = /^(indications\[[^\]]+\]\.(stage|status)|status|phase)$/;

/** `eventKind` tells the kind of an event in the release (changes name records, not their kinds). */
export function highlightsOf(changes: readonly Change[], eventKind: (id: string) => string | undefined): Highlights {
  const h: Highlights = {
    newTrials: [],
    newApprovals: [],
    regulation: [],
    stageAndStatus: [],
    corrections: [],
    added: [],
    removed: [],
    renamed: [],
  };
  for (const change of changes) {
    if (change.type === "added") h.added.push(change);
    if (change.type === "removed") h.removed.push(change);
    if (change.type === "renamed") h.renamed.push(change);
    if (change.type === "added" && change.collection === "trials") h.newTrials.push(change);
    if (change.type === "added" && change.collection === "events") {
      const kind = eventKind(change.id);
      if (kind === "approval" || kind === "regulation") h.regulation.push(change);
    }
    for (const field of change.fields ?? []) {
      if (change.collection === "therapies" && field.new !== undefined) {
        if (/^approvals\[[^\]]+\]$/.test(field.path)) h.newApprovals.push({ change, approval: field.new });
        // Approvals without a field that names them are compared as a whole list.
        else if (field.path === "approvals" && Array.isArray(field.new)) {
          const before = new Set((Array.isArray(field.old) ? field.old : []).map((a) => JSON.stringify(a)));
          for (const approval of field.new)
            if (!before.has(JSON.stringify(approval))) h.newApprovals.push({ change, approval });
        }
      }
      if (STAGE_OR_STATUS.test(field.path) && field.old !== undefined && field.new !== undefined)
        h.stageAndStatus.push({ change, path: field.path, old: field.old, new: field.new });
    }
    if (change.type === "changed" || change.type === "renamed") h.corrections.push(change);
  }
  return h;
}
