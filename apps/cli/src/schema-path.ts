import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CollectionName } from "@cell-atlas/content";

/** The JSON Schema shipped beside the CLI, for files written outside a clone. */
export const shippedSchema = (collection: CollectionName) =>
  path.join(path.dirname(fileURLToPath(import.meta.url)), "schema", `${collection}.json`);

/** The JSON Schema an editor should use: the repo's own build output, else the copy shipped beside the CLI. */
export function schemaPathFor(dataDir: string, collection: CollectionName, fileDir: string): string {
  const repoSchema = path.join(path.dirname(dataDir), "dist", "json-schema", `${collection}.json`);
  if (existsSync(repoSchema)) return path.relative(fileDir, repoSchema).split(path.sep).join("/");
  return shippedSchema(collection);
}
