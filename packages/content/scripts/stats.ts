// `pnpm --filter @cell-atlas/content stats`: the coverage report curators work from.
import { formatIssue, loadDataset } from "../src/load/index.ts";
import { computeStats } from "../src/query/stats.ts";
import { COLLECTIONS } from "../src/schema/index.ts";
import { dataDir } from "./paths.ts";

const PRIMARY = new Set(["registry", "regulator", "journal"]);

const result = await loadDataset(dataDir);
if (!result.ok) {
  for (const issue of result.issues) console.error(formatIssue(issue));
  process.exit(1);
}
const d = result.dataset;
const s = computeStats(d);
const table = (title: string, rows: [string, string | number][]) => {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([k]) => k.length), 8);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${String(v).padStart(5)}`);
};

table(
  "Records per collection",
  COLLECTIONS.map((c) => [c, d[c].length]),
);
table(
  "Therapies per area (a therapy counts in each of its areas)",
  s.byArea.map((a) => [a.key, a.therapies]),
);
table(
  "Therapies per furthest stage",
  s.byStage.map((x) => [x.key, x.therapies]),
);
table(
  "Therapies per modality",
  s.byModality.filter((x) => x.therapies > 0).map((x) => [x.key, x.therapies]),
);
table(
  "Countries with therapies (therapies / organizations / trials / events)",
  s.byCountry
    .filter((c) => c.therapies + c.organizations + c.trials + c.events > 0)
    .map((c) => [
      `${c.key} ${c.name}${c.oicMember ? "" : " (not OIC)"}`,
      `${c.therapies} / ${c.organizations} / ${c.trials} / ${c.events}`.padStart(16),
    ]),
);
const oicWithout = d.countries.filter(
  (c) => c.oicMember && !s.byCountry.some((x) => x.key === c.id && x.therapies > 0),
);
console.log(
  `\nOIC member states: ${s.totals.oicMembers}; with at least one therapy: ${s.totals.oicMembers - oicWithout.length}`,
);

const rows: [string, string][] = COLLECTIONS.map((c) => {
  const records = d[c];
  const primary = records.filter((r) => r.sources.some((src) => PRIMARY.has(src.kind))).length;
  const pct = records.length ? Math.round((primary / records.length) * 100) : 0;
  return [c, `${primary}/${records.length} (${pct}%)`];
});
const all = COLLECTIONS.flatMap((c) => d[c] as { sources: { kind: string }[] }[]);
const allPrimary = all.filter((r) => r.sources.some((src) => PRIMARY.has(src.kind))).length;
rows.push(["all", `${allPrimary}/${all.length} (${all.length ? Math.round((allPrimary / all.length) * 100) : 0}%)`]);
table("Records with a primary source (registry, regulator or journal)", rows);
