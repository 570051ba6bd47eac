import type { CollectionName } from "../schema/index.ts";
import { highlightsOf } from "./highlights.ts";
import type { Release } from "./schema.ts";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const singular: Record<CollectionName, string> = {
  therapies: "therapy",
  organizations: "organization",
  countries: "country",
  trials: "trial",
  events: "event",
};
const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

/** The human summary written beside each release's change file (releases/<version>.md). */
export function releaseSummary(release: Release, eventKind: (id: string) => string | undefined): string {
  const h = highlightsOf(release.changes, eventKind);
  const lines = [
    `# Data release ${release.version} (${release.date})`,
    "",
    release.previous
      ? `Compared with release ${release.previous}: ${plural(release.summary.added, "record")} added, ${release.summary.removed} removed, ${release.summary.renamed} renamed, ${release.summary.changed} changed.`
      : `The first release: the history of changes starts here, with ${plural(release.summary.added, "record")}.`,
    "",
  ];
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(`## ${title}`, "", ...items.map((i) => `- ${i}`), "");
  };
  if (release.previous) {
    section(
      "New trials",
      h.newTrials.map((c) => `${c.id}: ${c.name}`),
    );
    section(
      "New approvals",
      h.newApprovals.map(({ change }) => `${change.name} (${change.id})`),
    );
    section(
      "New approval and regulation events",
      h.regulation.map((c) => `${c.id}: ${c.name}`),
    );
    section(
      "Stage and status changes",
      h.stageAndStatus.map((s) => `${s.change.name} — ${s.path}: ${show(s.old)} → ${show(s.new)}`),
    );
    section(
      "Renamed",
      h.renamed.map((c) => `${singular[c.collection]} ${c.formerId} → ${c.id}`),
    );
    section(
      "Removed",
      h.removed.map((c) => `${singular[c.collection]} ${c.id}: ${c.name}`),
    );
    section(
      "Other added records",
      h.added.filter((c) => c.collection !== "trials").map((c) => `${singular[c.collection]} ${c.id}: ${c.name}`),
    );
    section(
      "Corrections and updates",
      h.corrections.map((c) => `${singular[c.collection]} ${c.id}: ${c.fields?.map((f) => f.path).join(", ")}`),
    );
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
