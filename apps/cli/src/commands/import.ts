import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  ctgovStudies,
  draftYaml,
  parseCtgovStudy,
  parseIctrpXml,
  type RegistryRecord,
  toTrialDraft,
} from "@cell-atlas/content/registry";
import { datasetOf } from "../data.ts";
import { findDataDir, userCwd } from "../data-dir.ts";
import { CliError, EXIT, warn, write } from "../io.ts";
import { schemaPathFor, shippedSchema } from "../schema-path.ts";

export const REGISTRIES = ["clinicaltrials.gov", "irct", "ictrp"] as const;
type Registry = (typeof REGISTRIES)[number];

const today = () => new Date().toISOString().slice(0, 10);

/** Reads registry records from a file: ClinicalTrials.gov API v2 JSON, or WHO ICTRP XML (IRCT's export). */
export function readRegistryFile(file: string): RegistryRecord[] {
  const text = readFileSync(file, "utf8");
  try {
    if (/^\s*</.test(text)) return parseIctrpXml(text);
    return ctgovStudies(JSON.parse(text)).map(parseCtgovStudy);
  } catch (error) {
    throw new CliError(
      `${file}: ${(error as Error).message}`,
      EXIT.notFound,
      "pass a ClinicalTrials.gov API v2 study (JSON) or a WHO ICTRP / IRCT XML export",
    );
  }
}

/** A ClinicalTrials.gov study by its NCT id, from the public API, with a time limit. */
async function fetchCtgov(nctId: string): Promise<{ record: RegistryRecord; via: string }> {
  const url = `https://clinicaltrials.gov/api/v2/studies/${nctId}`;
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(15_000), headers: { accept: "application/json" } });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw new CliError(
      `could not reach ClinicalTrials.gov for ${nctId} (${cause})`,
      EXIT.notFound,
      `offline? Save ${url} as a file and run: cell-atlas import clinicaltrials.gov <file>`,
    );
  }
  if (res.status === 404) throw new CliError(`ClinicalTrials.gov has no study ${nctId}`, EXIT.notFound);
  if (!res.ok)
    throw new CliError(
      `ClinicalTrials.gov answered ${res.status} for ${nctId}`,
      EXIT.notFound,
      "try again later, or import a saved file",
    );
  return { record: parseCtgovStudy(await res.json()), via: url };
}

export async function runImport(
  registry: string,
  source: string,
  opts: { out?: string; write?: boolean; dir?: string },
): Promise<number> {
  if (!(REGISTRIES as readonly string[]).includes(registry))
    throw new CliError(`unknown registry "${registry}"`, EXIT.usage, `registries: ${REGISTRIES.join(", ")}`);
  const file = path.resolve(userCwd(), source);
  let records: { record: RegistryRecord; via?: string }[];
  if (existsSync(file)) {
    records = readRegistryFile(file).map((record) => ({ record }));
  } else if ((registry as Registry) === "clinicaltrials.gov" && /^NCT\d{8}$/i.test(source)) {
    records = [await fetchCtgov(source.toUpperCase())];
  } else if (/^(IRCT|PACTR|ISRCTN|NCT)/i.test(source)) {
    throw new CliError(
      `${registry} records cannot be fetched by id here`,
      EXIT.usage,
      registry === "irct"
        ? "save the record's XML (the XML link on its IRCT page) and pass the file"
        : "pass a saved file of the record (ClinicalTrials.gov can be fetched by NCT id)",
    );
  } else throw new CliError(`no such file: ${file}`, EXIT.usage, "pass a saved registry record, or an NCT id");

  const dataset = datasetOf();
  const dataDir = opts.write || opts.dir ? (opts.dir ? path.resolve(userCwd(), opts.dir) : findDataDir()) : undefined;
  if ((opts.write || opts.dir) && !dataDir)
    throw new CliError(
      "no data folder here to write into",
      EXIT.usage,
      "run inside a clone, or give --dir path/to/data",
    );
  for (const { record, via } of records) {
    const draft = toTrialDraft(record, {
      organizations: dataset.organizations,
      countries: dataset.countries,
      today: today(),
      ...(via ? { via } : {}),
    });
    const schemaPath = dataDir
      ? schemaPathFor(dataDir, "trials", path.join(dataDir, "trials"))
      : shippedSchema("trials");
    const yaml = draftYaml(draft, schemaPath, `${record.registry} record ${record.registryId}`);
    const id = String(draft.record.id);
    if (dataDir) {
      const target = path.join(dataDir, "trials", `${id}.yaml`);
      if (existsSync(target))
        throw new CliError(
          `${target} already exists; not overwriting it`,
          EXIT.notFound,
          "use cell-atlas sync to update a trial from its registry record",
        );
      writeFileSync(target, yaml, { flag: "wx" });
      write(target);
    } else if (opts.out) {
      writeFileSync(path.resolve(userCwd(), opts.out), yaml);
      write(opts.out);
    } else write(yaml);
    warn(
      draft.unmapped.length > 0
        ? `${id}: ${draft.unmapped.length} thing(s) to fill in by hand, listed at the top of the draft`
        : `${id}: every field mapped`,
    );
  }
  return EXIT.ok;
}
