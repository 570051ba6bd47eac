import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { toCsv } from "../src/export/csv.ts";
import { buildSearchIndex, searchIndexFiles } from "../src/query/search-index.ts";
import type { Release } from "../src/release/schema.ts";
import { COLLECTIONS, type Dataset, Dataset as DatasetSchema, fileSchemas } from "../src/schema/index.ts";

const SCHEMA_BASE = "https://cell-therapy-atlas.org/schema/";

/** JSON Schema of a record file (what a contributor writes), for editors and other tools; or of the published shape. */
export function jsonSchemaFor(name: string, schema: z.ZodType, io: "input" | "output" = "input"): object {
  const json = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return { ...json, $id: `${SCHEMA_BASE}${name}.json`, title: name };
}

export async function writeArtifacts(
  distDir: string,
  dataset: Dataset,
  releases: readonly Release[] = [],
): Promise<string[]> {
  // Data artefacts have folders of their own, apart from tsc's compiled code, so this step and
  // tsc can each run alone, in any order, any number of times.
  for (const dir of ["json-schema", "csv", "search/dict", "search/postings", "search/docs"]) {
    await rm(path.join(distDir, dir), { recursive: true, force: true });
    await mkdir(path.join(distDir, dir), { recursive: true });
  }
  const written: string[] = [];
  const write = async (rel: string, text: string) => {
    await writeFile(path.join(distDir, rel), text);
    written.push(rel);
  };

  await write("dataset.json", `${JSON.stringify(dataset)}\n`);
  // Lets TypeScript import the JSON without type-checking a large literal; the type comes from zod.
  await write("dataset.d.json.ts", "declare const dataset: unknown;\nexport = dataset;\n");
  // The search index, whole (the API and the CLI load it at once) and as the files the site's
  // search fetches one by one under /data/search/: the same object either way.
  const index = buildSearchIndex(dataset);
  await write("search-index.json", JSON.stringify(index));
  for (const [rel, text] of searchIndexFiles(index)) await write(`search/${rel}`, text);
  // Every release with its changes, newest first: the site's /changes and feeds, /v1/changes and
  // `cell-atlas changes` all read this one file.
  await write("releases.json", `${JSON.stringify([...releases].reverse())}\n`);
  await write("releases.d.json.ts", "declare const releases: unknown;\nexport = releases;\n");
  for (const c of COLLECTIONS) {
    await write(`json-schema/${c}.json`, `${JSON.stringify(jsonSchemaFor(c, fileSchemas[c]), null, 2)}\n`);
    await write(`csv/${c}.csv`, toCsv(c, dataset[c] as never));
  }
  // The published dataset's shape: what consumers of dataset.json read (the build adds evidence levels).
  await write(
    "json-schema/dataset.json",
    `${JSON.stringify(jsonSchemaFor("dataset", DatasetSchema, "output"), null, 2)}\n`,
  );
  return written;
}
