import {
  COLLECTIONS,
  type CollectionName,
  closestIds,
  type RecordOf,
  type Related,
  recordName,
} from "@cell-atlas/content";
import { readerOf } from "../data.ts";
import { CliError, EXIT, out, write, writeJson } from "../io.ts";

type AnyRecord = RecordOf<CollectionName> & Record<string, unknown>;

/** Finds the record an id names, following renames; unknown or ambiguous ids are errors with a way out. */
export function resolveRecord(
  id: string,
  collection?: CollectionName,
): { collection: CollectionName; record: AnyRecord; renamedFrom?: string } {
  const reader = readerOf();
  const scope = collection ? [collection] : COLLECTIONS;
  const hits = reader.find(id).filter((h) => scope.includes(h.collection));
  if (hits.length > 1) {
    throw new CliError(
      `"${id}" is an id in several collections: ${hits.map((h) => h.collection).join(", ")}`,
      EXIT.usage,
      `choose one with --collection, e.g. cell-atlas show ${id} --collection ${hits[0]?.collection}`,
    );
  }
  const hit = hits[0];
  if (hit) return { collection: hit.collection, record: hit.record as AnyRecord };
  for (const c of scope) {
    const current = reader.currentId(c, id);
    const record = current ? reader.get(c, current) : undefined;
    if (record) return { collection: c, record: record as AnyRecord, renamedFrom: id };
  }
  const candidates = [...new Set(scope.flatMap((c) => reader.ids(c)))];
  const near = closestIds(id, candidates, 5);
  throw new CliError(
    `no record with id "${id}"${collection ? ` in ${collection}` : ""}`,
    EXIT.notFound,
    near.length > 0
      ? `did you mean: ${near.join(", ")}?`
      : `list the ids with: cell-atlas list ${collection ?? "therapies"}`,
  );
}

// Printed apart: the heading, the summary, notes, sources and the review date at the end.
const SKIP = new Set(["id", "name", "title", "summary", "notes", "sources", "formerIds", "lastReviewed", "names"]);

/** "fa پژوهشگاه رویان · ar …": the record's local names, without their sources (those are in --json). */
function localNames(record: AnyRecord): string | undefined {
  const names = record.names as Record<string, { name: string }> | undefined;
  const entries = Object.entries(names ?? {});
  return entries.length > 0 ? entries.map(([lang, n]) => `${lang} ${n.name}`).join(" · ") : undefined;
}

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatValue).join(", ");
  if (value && typeof value === "object")
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${formatValue(v)}`)
      .join(" · ");
  return String(value);
}

export function runShow(id: string, opts: { collection?: CollectionName; json?: boolean }): void {
  const reader = readerOf();
  const { collection, record, renamedFrom } = resolveRecord(id, opts.collection);
  const related: Related = reader.related(collection, record.id);
  if (renamedFrom) process.stderr.write(`"${renamedFrom}" was renamed to "${record.id}"\n`);
  if (opts.json) {
    writeJson({ data: record, related, meta: { collection, dataVersion: reader.dataset.meta.dataVersion } });
    return;
  }
  const c = out();
  const lines: string[] = [];
  lines.push(`${c.bold(recordName(collection, record))}  ${c.dim(`${collection}/${record.id}`)}`);
  const local = localNames(record);
  if (local) lines.push(local);
  if (typeof record.summary === "string") lines.push("", record.summary.trim());
  lines.push("");
  for (const [key, value] of Object.entries(record)) {
    if (SKIP.has(key) || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (Array.isArray(value) && value.some((v) => v && typeof v === "object")) {
      lines.push(`${c.cyan(key)}:`);
      for (const item of value) lines.push(`  - ${formatValue(item)}`);
    } else lines.push(`${c.cyan(key)}: ${formatValue(value)}`);
  }
  const refs = Object.entries(related);
  if (refs.length > 0) {
    lines.push("", c.bold("Related"));
    for (const [rc, list] of refs) {
      lines.push(`  ${c.cyan(rc)}:`);
      for (const r of list ?? []) lines.push(`    ${r.id}  ${r.name}${r.role ? c.dim(` (${r.role})`) : ""}`);
    }
  }
  const notes = record.notes as string[] | undefined;
  if (notes && notes.length > 0) {
    lines.push("", c.bold("Notes"));
    for (const n of notes) lines.push(`  - ${n.trim()}`);
  }
  lines.push("", c.bold("Sources"));
  record.sources.forEach((s, i) => {
    const when = s.published ? `, ${s.published}` : "";
    lines.push(`  [${i + 1}] ${s.title} — ${s.publisher}${when} ${c.dim(`(${s.kind})`)}`);
    lines.push(`      ${c.underline(s.url)}`);
  });
  lines.push("", c.dim(`last reviewed ${record.lastReviewed}`));
  write(lines.join("\n"));
}
