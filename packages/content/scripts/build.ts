// Validates data/ and writes the artefacts every consumer reads: nothing downstream parses YAML.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { formatIssue } from "../src/load/issue.ts";
import { loadDataset } from "../src/load/load-dataset.ts";
import { dataDir, distDir, packageDir } from "./paths.ts";
import { readReleases } from "./releases.ts";
import { writeArtifacts } from "./write-artifacts.ts";

const pkg = JSON.parse(await readFile(path.join(packageDir, "package.json"), "utf8")) as { version: string };
const started = performance.now();
const result = await loadDataset(dataDir, { meta: { version: pkg.version } });
if (!result.ok) {
  for (const issue of result.issues) console.error(formatIssue(issue));
  console.error(
    `\n${result.issues.length} problem(s) in ${result.files} file(s); nothing was written. Fix them and run the build again.`,
  );
  process.exit(1);
}
const releases = await readReleases(path.join(packageDir, "releases"));
const latest = releases.at(-1);
if (latest) {
  result.dataset.meta.release = {
    version: latest.version,
    date: latest.date,
    current: latest.dataVersion === result.dataset.meta.dataVersion,
  };
}
const written = await writeArtifacts(distDir, result.dataset, releases);
const counts = Object.entries(result.dataset.meta.counts)
  .map(([k, v]) => `${v} ${k}`)
  .join(", ");
console.log(`content: ${counts} → ${written.length} files in dist/ (${Math.round(performance.now() - started)} ms)`);
