import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { toCsv } from "../src/export/csv.ts";
import { buildSearchIndex } from "../src/query/search-index.ts";
import { COLLECTIONS, collectionSchemas, type Dataset, Dataset as DatasetSchema } from "../src/schema/index.ts";

const SCHEMA_BASE = "https://cell-therapy-atlas.org/schema/";

/** JSON Schema of the authoring shape (what a contributor writes), for editors and other tools. */
export function jsonSchemaFor(name: string, schema: z.ZodType): object {
  const json = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return { ...json, $id: `${SCHEMA_BASE}${name}.json`, title: name };
}

export async function writeArtifacts(distDir: string, dataset: Dataset): Promise<string[]> {
  // Only the data artefacts are rewritten here; tsc owns the compiled code under the same folder.
  for (const dir of ["schema", "csv"]) await rm(path.join(distDir, dir), { recursive: true, force: true });
  await mkdir(path.join(distDir, "schema"), { recursive: true });
  await mkdir(path.join(distDir, "csv"), { recursive: true });
  const written: string[] = [];
  const write = async (rel: string, text: string) => {
    await writeFile(path.join(distDir, rel), text);
    written.push(rel);
  };

  await write("dataset.json", `${JSON.stringify(dataset)}\n`);
  // Lets TypeScript import the JSON without type-checking a large literal; the type comes from zod.
  await write("dataset.d.json.ts", "declare const dataset: unknown;\nexport default dataset;\n");
  await write("search-index.json", JSON.stringify(buildSearchIndex(dataset)));
  for (const c of COLLECTIONS) {
    await write(`schema/${c}.json`, `${JSON.stringify(jsonSchemaFor(c, collectionSchemas[c]), null, 2)}\n`);
    await write(`csv/${c}.csv`, toCsv(c, dataset[c] as never));
  }
  await write("schema/dataset.json", `${JSON.stringify(jsonSchemaFor("dataset", DatasetSchema), null, 2)}\n`);
  return written;
}
