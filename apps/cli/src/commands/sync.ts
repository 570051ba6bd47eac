import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { applyDrift, type Drift, driftOf, type RegistryRecord, trialFor } from "@cell-atlas/content/registry";
import { datasetOf } from "../data.ts";
import { resolveDataDir, userCwd } from "../data-dir.ts";
import { CliError, EXIT, warn, write, writeJson } from "../io.ts";
import { readRegistryFile } from "./import.ts";

const show = (v: unknown) => (v === undefined ? "—" : Array.isArray(v) ? v.join(", ") : String(v));

/**
 * `cell-atlas sync <folder>`: compares saved registry records with the trial records and reports
 * drift; with --write, updates the trial files in place.
 */
export async function runSync(
  folder: string,
  opts: { write?: boolean; json?: boolean; dir?: string },
): Promise<number> {
  const dir = path.resolve(userCwd(), folder);
  let files: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a folder");
    files = readdirSync(dir)
      .filter((f) => /\.(json|xml)$/i.test(f))
      .sort();
  } catch {
    throw new CliError(
      `not a folder of registry records: ${dir}`,
      EXIT.usage,
      "give a folder of ClinicalTrials.gov JSON or ICTRP/IRCT XML files",
    );
  }
  if (files.length === 0) throw new CliError(`no .json or .xml files in ${dir}`, EXIT.usage);
  const records: RegistryRecord[] = files.flatMap((f) => readRegistryFile(path.join(dir, f)));

  // With --write the trial files of the clone change; otherwise the CLI's own dataset is compared.
  const dataDir = opts.write
    ? resolveDataDir(opts.dir, "cell-atlas sync records/ --write --dir path/to/data")
    : undefined;
  const dataset = datasetOf();
  const drift: Drift[] = [];
  const unknown: string[] = [];
  for (const record of records) {
    const trial = trialFor(record, dataset.trials);
    if (!trial) unknown.push(record.registryId);
    else drift.push(...driftOf(trial, record, dataset.countries));
  }

  if (opts.json) writeJson({ checked: records.length, drift, notInAtlas: unknown });
  else if (drift.length === 0) write(`${records.length} registry record(s) checked: no drift`);
  else {
    const { printTable } = await import("../table.ts");
    printTable(drift, [
      { header: "trial", value: (d) => d.trial },
      { header: "field", value: (d) => d.field },
      { header: "atlas", wrap: true, value: (d) => show(d.atlas) },
      { header: "registry", wrap: true, value: (d) => show(d.registry) },
    ]);
  }
  if (unknown.length > 0) warn(`not in the atlas: ${unknown.join(", ")} (add one with cell-atlas import)`);

  if (dataDir) {
    const today = new Date().toISOString().slice(0, 10);
    for (const trialId of [...new Set(drift.map((d) => d.trial))]) {
      const file = path.join(dataDir, "trials", `${trialId}.yaml`);
      const text = readFileSync(file, "utf8");
      writeFileSync(
        file,
        applyDrift(
          text,
          drift.filter((d) => d.trial === trialId),
          today,
        ),
      );
      warn(`updated ${file}`);
    }
    if (drift.length > 0) warn("check the changes, then run cell-atlas validate (and pnpm build for the site and API)");
  }
  return EXIT.ok;
}
