// `pnpm --filter @cell-atlas/content stats`: the coverage and evidence report curators work from.
import { formatIssue, loadDataset } from "../src/load/index.ts";
import { LEVEL_OF_KIND } from "../src/publish/evidence-level.ts";
import { createAtlas } from "../src/query/atlas.ts";
import { COLLECTIONS } from "../src/schema/index.ts";
import { dataDir } from "./paths.ts";

const result = await loadDataset(dataDir);
if (!result.ok) {
  for (const issue of result.issues) console.error(formatIssue(issue));
  process.exit(1);
}
const d = result.dataset;
const s = createAtlas(d).stats();
const table = (title: string, rows: [string, string | number][]) => {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([k]) => k.length), 8);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${String(v).padStart(5)}`);
};
const pct = (n: number, of: number) => `${n}/${of} (${of ? Math.round((n / of) * 100) : 0}%)`;

table(
  "Records per collection",
  COLLECTIONS.map((c) => [c, d[c].length]),
);
table(
  "Therapies per area (a therapy counts in each of its areas)",
  s.byArea.map((a) => [a.key, a.therapies]),
);
table(
  "Trials per area (a trial's own area, or its programme's)",
  s.trials.byArea.map((a) => [a.key, a.trials]),
);
table(
  "Trials per country",
  s.trials.byCountry.map((c) => [`${c.key} ${c.name}`, c.trials]),
);
table(
  "Therapies per furthest stage",
  s.byStage.map((x) => [x.key, x.therapies]),
);
table(
  "Therapies per modality",
  s.byModality.filter((x) => x.therapies > 0).map((x) => [x.key, x.therapies]),
);
const oicWithout = d.countries.filter(
  (c) => c.oicMember && !s.byCountry.some((x) => x.key === c.id && x.therapies > 0),
);
console.log(
  `\nOIC member states: ${s.totals.oicMembers}; with at least one therapy: ${s.totals.oicMembers - oicWithout.length}; with at least one trial: ${s.totals.countriesWithTrials}`,
);

const primary = (r: { sources: { kind: keyof typeof LEVEL_OF_KIND }[] }) =>
  r.sources.some((src) => LEVEL_OF_KIND[src.kind] === "confirmed");
const rows: [string, string][] = COLLECTIONS.map((c) => [
  c,
  pct((d[c] as { sources: { kind: keyof typeof LEVEL_OF_KIND }[] }[]).filter(primary).length, d[c].length),
]);
const all = COLLECTIONS.flatMap((c) => d[c] as { sources: { kind: keyof typeof LEVEL_OF_KIND }[] }[]);
rows.push(["all", pct(all.filter(primary).length, all.length)]);
table("Records with a primary source (registry, regulator, official record or journal)", rows);

const approvals = d.therapies.flatMap((t) => t.approvals);
table("Evidence", [
  [
    "trials with a registry source",
    pct(d.trials.filter((t) => t.sources.some((x) => x.kind === "registry")).length, d.trials.length),
  ],
  ["approvals confirmed", pct(approvals.filter((a) => a.evidence === "confirmed").length, approvals.length)],
  ["furthest stages confirmed", pct(s.evidence.stages.confirmed, d.therapies.length)],
  ["events confirmed", pct(s.evidence.events.confirmed, d.events.length)],
  [
    "firsts confirmed",
    pct(
      s.evidence.firsts.confirmed,
      s.evidence.firsts.confirmed + s.evidence.firsts.reported + s.evidence.firsts.claimed,
    ),
  ],
  ["claims", String(s.totals.claims)],
  ["reported figures", String(s.totals.figures)],
]);

// lastReviewed is set only when someone checked a record against its sources, so its age says
// how stale the atlas is.
const today = Date.now();
const ageDays = (date: string) => Math.floor((today - Date.parse(date)) / 86_400_000);
const buckets: [string, (days: number) => boolean][] = [
  ["within 30 days", (n) => n <= 30],
  ["31–180 days", (n) => n > 30 && n <= 180],
  ["181–365 days", (n) => n > 180 && n <= 365],
  ["over a year", (n) => n > 365],
];
table(
  "Records by review age (lastReviewed)",
  buckets.map(([label, test]) => [
    label,
    all.filter((r) => test(ageDays((r as unknown as { lastReviewed: string }).lastReviewed))).length,
  ]),
);
