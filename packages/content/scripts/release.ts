// `pnpm release [version] [--dry-run]`: compares the data with the last release and writes a
// committed change file (releases/<version>.json), its human summary (releases/<version>.md) and
// the snapshot the next release is compared with (releases/snapshot.ndjson). The history lives in
// these files, so it survives a clone without git history and ships in the npm package.
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { formatIssue, loadDataset } from "../src/load/index.ts";
import { diffRecords, type Records } from "../src/release/diff.ts";
import { type Release, Release as ReleaseSchema, ReleaseVersion } from "../src/release/schema.ts";
import { releaseSummary } from "../src/release/summary.ts";
import { COLLECTIONS } from "../src/schema/index.ts";
import { dataDir, packageDir } from "./paths.ts";
import { readSnapshot, snapshotText } from "./snapshot.ts";

const releasesDir = path.join(packageDir, "releases");
const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(`usage: pnpm release [version] [--dry-run]

Compares the data with the last release and writes releases/<version>.json (every record added,
removed, renamed or changed, with each changed field old → new), releases/<version>.md (a summary)
and releases/snapshot.ndjson. The version defaults to today's date, YYYY.MM.DD (.1, .2 … for a
second release the same day). --dry-run prints the summary and writes nothing.`);
  process.exit(0);
}
const dryRun = args.includes("--dry-run");
const wanted = args.find((a) => !a.startsWith("--"));
if (wanted && !ReleaseVersion.safeParse(wanted).success) {
  console.error(`release: "${wanted}" is not a release version (use YYYY.MM.DD, e.g. 2026.11.30)`);
  process.exit(2);
}

const result = await loadDataset(dataDir);
if (!result.ok) {
  for (const issue of result.issues) console.error(formatIssue(issue));
  console.error("\nrelease: the data has problems; fix them (pnpm validate) before releasing.");
  process.exit(1);
}
const dataset = result.dataset;

const files = existsSync(releasesDir)
  ? (await readdir(releasesDir)).filter((f) => /^\d{4}\.\d\d\.\d\d(\.\d+)?\.json$/.test(f))
  : [];
const releases: Release[] = [];
for (const f of files)
  releases.push(ReleaseSchema.parse(JSON.parse(await readFile(path.join(releasesDir, f), "utf8"))));
releases.sort((a, b) => compareVersions(a.version, b.version));
const latest = releases.at(-1);

const empty = Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as Records;
const previous = latest ? await readSnapshot(releasesDir) : empty;
const changes = diffRecords(previous, dataset);
if (latest && changes.length === 0) {
  console.log(`release: nothing changed since release ${latest.version}; nothing written.`);
  process.exit(0);
}

const today = new Date().toISOString().slice(0, 10);
let version = wanted ?? today.replaceAll("-", ".");
if (!wanted)
  for (let n = 1; releases.some((r) => r.version === version); n++) version = `${today.replaceAll("-", ".")}.${n}`;
if (releases.some((r) => r.version === version)) {
  console.error(`release: release ${version} exists already; choose another version.`);
  process.exit(2);
}
if (latest && compareVersions(version, latest.version) <= 0) {
  console.error(`release: ${version} is not later than the last release, ${latest.version}.`);
  process.exit(2);
}

const count = (type: string) => changes.filter((c) => c.type === type).length;
const release: Release = ReleaseSchema.parse({
  version,
  date: today,
  previous: latest?.version ?? null,
  dataVersion: dataset.meta.dataVersion,
  counts: dataset.meta.counts,
  summary: { added: count("added"), removed: count("removed"), renamed: count("renamed"), changed: count("changed") },
  changes,
});
const kinds = new Map(dataset.events.map((e) => [e.id, e.kind]));
const summary = releaseSummary(release, (id) => kinds.get(id));
if (dryRun) {
  console.log(summary);
  process.exit(0);
}
await writeFile(path.join(releasesDir, `${version}.json`), `${JSON.stringify(release, null, 2)}\n`);
await writeFile(path.join(releasesDir, `${version}.md`), summary);
await writeFile(path.join(releasesDir, "snapshot.ndjson"), snapshotText(dataset));
console.log(
  `release ${version}: ${release.summary.added} added, ${release.summary.removed} removed, ${release.summary.renamed} renamed, ${release.summary.changed} changed → releases/${version}.json, .md; snapshot updated. Commit the releases folder.`,
);

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
