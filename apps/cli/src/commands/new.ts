import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { COLLECTIONS, type CollectionName, fileSchemas } from "@cell-atlas/content";
import { datasetOf } from "../data.ts";
import { findDataDir, resolveDataDir } from "../data-dir.ts";
import { CliError, EXIT, warn, write } from "../io.ts";
import { schemaPathFor, shippedSchema } from "../schema-path.ts";
import { recordTemplate } from "../template.ts";

function idsIn(dataDir: string, collection: CollectionName): string[] {
  try {
    return readdirSync(path.join(dataDir, collection))
      .filter((n) => n.endsWith(".yaml"))
      .map((n) => n.slice(0, -".yaml".length))
      .sort();
  } catch {
    return [];
  }
}

export function runNew(collection: string, id: string, opts: { dir?: string; stdout?: boolean }): void {
  if (!(COLLECTIONS as readonly string[]).includes(collection))
    throw new CliError(`unknown collection "${collection}"`, EXIT.usage, `collections are: ${COLLECTIONS.join(", ")}`);
  const c = collection as CollectionName;
  const idCheck = fileSchemas[c].shape.id.safeParse(id);
  if (!idCheck.success)
    throw new CliError(`"${id}" is not a valid ${c} id: ${idCheck.error.issues[0]?.message}`, EXIT.usage);

  // Printing a template needs no data folder: outside a clone, the ids come from the dataset the
  // CLI ships and the schema line points at the schema beside it.
  const found = opts.dir ? undefined : findDataDir();
  if (opts.stdout && !opts.dir && !found) {
    const dataset = datasetOf();
    const ids = Object.fromEntries(COLLECTIONS.map((k) => [k, dataset[k].map((r) => r.id).sort()]));
    write(recordTemplate(c, { id, ids, schemaPath: shippedSchema(c) }));
    return;
  }
  const dataDir = found ?? resolveDataDir(opts.dir, `cell-atlas new ${c} ${id} --dir path/to/data`);
  const fileDir = path.join(dataDir, c);
  const file = path.join(fileDir, `${id}.yaml`);
  const text = recordTemplate(c, {
    id,
    ids: Object.fromEntries(COLLECTIONS.map((k) => [k, idsIn(dataDir, k)])),
    schemaPath: schemaPathFor(dataDir, c, fileDir),
  });
  if (opts.stdout) {
    write(text);
    return;
  }
  if (existsSync(file))
    throw new CliError(
      `${file} already exists; not overwriting it`,
      EXIT.notFound,
      "edit that file, or choose another id",
    );
  mkdirSync(fileDir, { recursive: true });
  writeFileSync(file, text, { flag: "wx" });
  write(file);
  warn(
    `created ${c} record "${id}": fill in its fields from your sources, then run cell-atlas validate (it names each required field still missing)`,
  );
}
