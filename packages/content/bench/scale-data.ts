// Synthetic data for the scale bench (`pnpm bench:scale`): the real records, each cloned `factor - 1`
// more times under new ids, into a folder that the real loader validates like data/. Copies keep
// every record's shape, field lengths and links: copy k of a trial names copy k of its therapy
// and sponsor, copy k of a therapy lists copy k of its trials. Countries are a fixed set (ISO
// codes), so they are never copied and every copy points at the real ones.
//
//   tsx bench/scale-data.ts <factor> <out-dir> [data-dir]
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse, stringify } from "yaml";
import { COLLECTIONS, type CollectionName } from "../src/schema/index.ts";
import { REFERENCES } from "../src/schema/references.ts";

/** Free-text fields whose words are shuffled in a copy (record level and inside indications). */
const SHUFFLED = new Set(["summary", "notes", "note", "result", "title"]);
/** A word that can move without breaking Markdown (links, emphasis and code stay where they are). */
const PLAIN_WORD = /^[\p{L}\p{N}][\p{L}\p{N},.;:'’%–-]*$/u;

const pad = (k: number) => String(k).padStart(4, "0");

/**
 * The id of copy k (k ≥ 1). ClinicalTrials.gov ids stay well-formed NCT numbers, in the 9xxxxxxx
 * range no real study has; other registries' ids (and every other collection's) get a suffix.
 */
export function copyId(collection: CollectionName, id: string, k: number, index: number): string {
  if (collection === "trials" && /^nct\d{8}$/.test(id)) {
    if (k > 99 || index > 99_999) throw new Error(`copy ${k} of trial #${index} has no NCT number left`);
    return `nct9${String(k).padStart(2, "0")}${String(index).padStart(5, "0")}`;
  }
  return `${id}-x${pad(k)}`;
}

/** A small seeded PRNG (mulberry32), so the same factor always writes the same files. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seedOf = (text: string, k: number) => {
  let h = 2166136261 ^ k;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
};

/**
 * The same words in another order: the text keeps its length and vocabulary, yet no two copies
 * are byte-identical, so gzip sizes and search scores are not flattered by repeated text.
 */
export function shuffleWords(text: string, seed: number): string {
  const tokens = text.split(/(\s+)/);
  const slots = tokens.flatMap((t, i) => (PLAIN_WORD.test(t) ? [i] : []));
  const words = slots.map((i) => tokens[i] as string);
  const next = random(seed);
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [words[i], words[j]] = [words[j] as string, words[i] as string];
  }
  slots.forEach((slot, n) => {
    tokens[slot] = words[n] as string;
  });
  return tokens.join("");
}

function shuffleText(value: unknown, seed: number, key?: string): unknown {
  if (key === "sources") return value;
  if (typeof value === "string") return key && SHUFFLED.has(key) ? shuffleWords(value, seed) : value;
  if (Array.isArray(value)) return value.map((v, i) => shuffleText(v, seed + i, key));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shuffleText(v, seed, k)]));
  return value;
}

/** Rewrites the ids at one REFERENCES path in place. */
function mapAt(value: unknown, pattern: readonly string[], map: (id: string) => string): void {
  if (!value || typeof value !== "object") return;
  const [head, ...rest] = pattern as [string, ...string[]];
  if (head === "*") {
    if (!Array.isArray(value)) return;
    value.forEach((item, i) => {
      if (rest.length === 0) value[i] = typeof item === "string" ? map(item) : item;
      else mapAt(item, rest, map);
    });
    return;
  }
  const record = value as Record<string, unknown>;
  if (rest.length === 0) {
    if (typeof record[head] === "string") record[head] = map(record[head]);
  } else mapAt(record[head], rest, map);
}

type Row = Record<string, unknown> & { id: string };

/** Copy k of one record: new id, references into copied collections moved to copy k, words shuffled. */
function copyRecord(
  collection: CollectionName,
  record: Row,
  k: number,
  idOf: (collection: CollectionName, id: string) => string,
): Row {
  const copy = shuffleText(structuredClone(record), seedOf(record.id, k)) as Row;
  copy.id = idOf(collection, record.id);
  if (Array.isArray(copy.formerIds)) copy.formerIds = copy.formerIds.map((f: string) => `${f}-x${pad(k)}`);
  for (const ref of REFERENCES[collection])
    if (ref.target !== "countries") mapAt(copy, ref.path, (id) => idOf(ref.target, id));
  if (collection === "trials") {
    const original = typeof record.registryId === "string" ? record.registryId : record.id.toUpperCase();
    const renumbered = copy.id !== `${record.id}-x${pad(k)}`;
    if (typeof copy.registryId === "string")
      copy.registryId = renumbered ? copy.id.toUpperCase() : `${copy.registryId}-X${pad(k)}`;
    if (renumbered && typeof copy.url === "string") copy.url = copy.url.replace(original, copy.id.toUpperCase());
    if (Array.isArray(copy.secondaryIds))
      for (const s of copy.secondaryIds as { id: string }[]) s.id = `${s.id}-X${pad(k)}`;
  }
  return copy;
}

export interface ScaledData {
  /** Records written per collection. */
  counts: Record<CollectionName, number>;
  files: number;
}

/** Writes `factor` × the records of `dataDir` (countries once) into `outDir`, as data/ is laid out. */
export async function writeScaledData(dataDir: string, outDir: string, factor: number): Promise<ScaledData> {
  if (!Number.isInteger(factor) || factor < 1 || factor > 100) throw new Error(`factor must be 1–100, not ${factor}`);
  const source = {} as Record<CollectionName, { name: string; text: string; data: Row }[]>;
  for (const c of COLLECTIONS) {
    const names = (await readdir(path.join(dataDir, c))).filter((n) => n.endsWith(".yaml")).sort();
    source[c] = await Promise.all(
      names.map(async (name) => {
        const text = await readFile(path.join(dataDir, c, name), "utf8");
        return { name, text, data: parse(text, { schema: "core" }) as Row };
      }),
    );
  }
  // A trial's place in the sorted list numbers its NCT copies; a dangling id keeps the suffix form.
  const trialIndex = new Map(source.trials.map((t, i) => [t.data.id, i]));
  const counts = {} as Record<CollectionName, number>;
  let files = 0;
  for (const c of COLLECTIONS) {
    await mkdir(path.join(outDir, c), { recursive: true });
    const writes: { file: string; text: string }[] = source[c].map((r) => ({ file: r.name, text: r.text }));
    if (c !== "countries") {
      for (let k = 1; k < factor; k++) {
        const idOf = (collection: CollectionName, id: string) =>
          collection === "countries" ? id : copyId(collection, id, k, trialIndex.get(id) ?? 0);
        for (const r of source[c]) {
          const copy = copyRecord(c, r.data, k, idOf);
          writes.push({ file: `${copy.id}.yaml`, text: stringify(copy, { lineWidth: 100 }) });
        }
      }
    }
    // A few hundred files at a time: enough to keep the disk busy, few enough for any ulimit.
    for (let i = 0; i < writes.length; i += 256)
      await Promise.all(writes.slice(i, i + 256).map((w) => writeFile(path.join(outDir, c, w.file), w.text)));
    counts[c] = writes.length;
    files += writes.length;
  }
  return { counts, files };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"))) {
  const [factorArg, outArg, dataArg] = process.argv.slice(2);
  if (!factorArg || !outArg) {
    console.error("usage: tsx bench/scale-data.ts <factor> <out-dir> [data-dir]");
    process.exit(2);
  }
  const dataDir = path.resolve(dataArg ?? path.join(import.meta.dirname, "..", "data"));
  const started = performance.now();
  const { files } = await writeScaledData(dataDir, path.resolve(outArg), Number(factorArg));
  console.log(`scale-data: ${files} record files (${factorArg}×) in ${Math.round(performance.now() - started)} ms`);
}
