import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { publishRecords, type RecordFiles } from "../publish/publish.ts";
import { COLLECTIONS, type CollectionName, type Dataset, type DatasetMeta, fileSchemas } from "../schema/index.ts";
import { compareIssues, type ValidationIssue } from "./issue.ts";
import { nodeAt, parseYamlFile, positionOf } from "./parse-file.ts";
import { type LoadedRecord, RULES } from "./rules/index.ts";
import { zodIssuesToValidationIssues } from "./zod-issues.ts";

export interface LoadOptions {
  /** Paths in messages are written relative to this folder (default: the data folder's parent). */
  relativeTo?: string;
  meta?: Partial<Pick<DatasetMeta, "version" | "name" | "license" | "licenseUrl" | "homepage" | "generatedAt">>;
}

export type LoadResult =
  | { ok: true; dataset: Dataset; issues: []; files: number }
  | { ok: false; issues: ValidationIssue[]; files: number };

/** One record file as read from disk (or written inline by a test). */
export interface FileText {
  collection: CollectionName;
  /** Path shown in messages, e.g. data/therapies/nurown.yaml */
  file: string;
  /** File name without .yaml */
  stem: string;
  text: string;
}

/** Files read at once: far below any open-file limit (often 1,024), enough to keep the disk busy. */
const READ_BATCH = 256;

async function listFiles(
  dataDir: string,
  relativeTo: string,
): Promise<{ files: FileText[]; issues: ValidationIssue[] }> {
  const files: FileText[] = [];
  const issues: ValidationIssue[] = [];
  const entries = await readdir(dataDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") throw new Error(`data folder not found: ${dataDir}`);
    throw error;
  });
  for (const entry of entries) {
    if (entry.isDirectory() && !(COLLECTIONS as readonly string[]).includes(entry.name)) {
      issues.push({
        file: path.relative(relativeTo, path.join(dataDir, entry.name)),
        line: 1,
        col: 1,
        field: "(folder)",
        message: `unknown collection folder "${entry.name}"`,
        fix: `collections are: ${COLLECTIONS.join(", ")}`,
      });
    }
  }
  for (const collection of COLLECTIONS) {
    const dir = path.join(dataDir, collection);
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => !n.startsWith(".")).sort();
    for (const name of names.filter((n) => !n.endsWith(".yaml"))) {
      const file = path.relative(relativeTo, path.join(dir, name));
      issues.push({
        file,
        line: 1,
        col: 1,
        field: "(file)",
        message: "not a .yaml file",
        fix: "records are YAML files named <id>.yaml",
      });
    }
    // Parallel reads keep the disk busy; Promise.all keeps the sorted order. A batch at a time, so a
    // collection of tens of thousands of files never holds more open files than the OS allows.
    const yaml = names.filter((n) => n.endsWith(".yaml"));
    for (let i = 0; i < yaml.length; i += READ_BATCH) {
      const texts = await Promise.all(
        yaml.slice(i, i + READ_BATCH).map(async (name) => {
          const full = path.join(dir, name);
          const text = await readFile(full, "utf8");
          return { collection, file: path.relative(relativeTo, full), stem: name.slice(0, -".yaml".length), text };
        }),
      );
      for (const t of texts) files.push(t);
    }
  }
  return { files, issues };
}

/** A short content hash: changes whenever any record changes, stable otherwise. */
export function hashRecords(dataset: Omit<Dataset, "meta">): string {
  const hash = createHash("sha256");
  for (const collection of COLLECTIONS) hash.update(JSON.stringify(dataset[collection]));
  return hash.digest("hex").slice(0, 12);
}

/**
 * Reads data/<collection>/<id>.yaml, validates every file against its schema, runs the
 * cross-record rules, and reports every problem at once (never just the first).
 */
export async function loadDataset(dataDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const relativeTo = options.relativeTo ?? path.dirname(path.resolve(dataDir));
  const { files, issues } = await listFiles(dataDir, relativeTo);
  return validateFiles(files, options, issues);
}

/**
 * Validates record files already in memory: each against its schema, then the cross-record rules,
 * then publishes them. `issues` are problems found before (e.g. stray files in the folder).
 */
export function validateFiles(
  files: readonly FileText[],
  options: Pick<LoadOptions, "meta"> = {},
  earlier: readonly ValidationIssue[] = [],
): LoadResult {
  const issues = [...earlier];
  const loaded: LoadedRecord[] = [];
  // Ids of every file, valid or not, so one broken record does not make its references "dangle".
  const knownIds: { collection: CollectionName; id: string }[] = [];

  for (const f of files) {
    const parsed = parseYamlFile(f.file, f.text);
    if (Array.isArray(parsed)) {
      // The first syntax error is the one to fix; the rest are usually its echoes.
      issues.push(...parsed.slice(0, 1));
      knownIds.push({ collection: f.collection, id: f.stem });
      continue;
    }
    const rawId = (parsed.data as { id?: unknown } | null)?.id;
    knownIds.push({ collection: f.collection, id: typeof rawId === "string" ? rawId : f.stem });
    if (parsed.data === null || typeof parsed.data !== "object" || Array.isArray(parsed.data)) {
      issues.push({
        file: f.file,
        line: 1,
        col: 1,
        field: "(file)",
        message: "the file is not a YAML mapping of fields",
        fix: "start with `id: <id>` on the first line",
      });
      continue;
    }
    const schema = fileSchemas[f.collection];
    const result = schema.safeParse(parsed.data);
    if (!result.success) {
      issues.push(...zodIssuesToValidationIssues(parsed, schema, result.error.issues));
      continue;
    }
    loaded.push({ collection: f.collection, stem: f.stem, parsed, data: result.data } as LoadedRecord);
  }

  for (const rule of RULES) {
    for (const finding of rule.check(loaded, { knownIds })) {
      const { parsed } = finding.record;
      issues.push({
        file: parsed.file,
        ...positionOf(parsed, nodeAt(parsed.doc, finding.path)),
        field: finding.path
          .map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`))
          .join("")
          .replace(/^\./, ""),
        message: finding.message,
        ...(finding.fix ? { fix: finding.fix } : {}),
      });
    }
  }

  if (issues.length > 0) return { ok: false, issues: issues.sort(compareIssues), files: files.length };

  const recordFiles = Object.fromEntries(
    COLLECTIONS.map((c) => [
      c,
      loaded
        .filter((r) => r.collection === c)
        .map((r) => r.data)
        .sort((a, b) => a.id.localeCompare(b.id)),
    ]),
  ) as unknown as RecordFiles;
  const records = publishRecords(recordFiles);

  const meta: DatasetMeta = {
    name: options.meta?.name ?? "Cell Therapy Atlas",
    version: options.meta?.version ?? "0.0.0",
    dataVersion: hashRecords(records),
    generatedAt: options.meta?.generatedAt ?? new Date().toISOString(),
    license: options.meta?.license ?? "CC-BY-4.0",
    licenseUrl: options.meta?.licenseUrl ?? "https://creativecommons.org/licenses/by/4.0/",
    ...(options.meta?.homepage ? { homepage: options.meta.homepage } : {}),
    counts: Object.fromEntries(COLLECTIONS.map((c) => [c, records[c].length])) as DatasetMeta["counts"],
  };
  return { ok: true, dataset: { meta, ...records }, issues: [], files: files.length };
}
