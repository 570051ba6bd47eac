import { isMap, isScalar, isSeq, type Pair, parseDocument, type YAMLMap } from "yaml";
import { fieldInfo } from "../schema/field-info.ts";
import { TrialFile } from "../schema/trial.ts";
import type { Drift } from "./drift.ts";

/**
 * A value as our files write it: a full date bare (2026-11-30), a partial date or anything else
 * YAML might read as a number quoted ("2019-03"), plain words bare, lists in flow style.
 */
function written(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(written).join(", ")}]`;
  if (typeof value !== "string") return String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return /^[a-z][\w .,/-]*$/i.test(value) ? value : JSON.stringify(value);
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * A trial file with its drifted fields set to the registry's values. Only those values change:
 * every other byte (comments, field order, wrapping) stays as it was. `lastReviewed` becomes
 * today, and so does `accessed` on its registry source, since the registry record was just read.
 */
export function applyDrift(text: string, drift: readonly Drift[], today: string): string {
  const doc = parseDocument(text, { schema: "core" });
  if (!isMap(doc.contents)) throw new Error("the file is not a YAML mapping of fields");
  const root = doc.contents as YAMLMap;
  const pairOf = (map: YAMLMap, key: string) =>
    map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
  const order = Object.keys(fieldInfo(TrialFile).fields ?? {});
  const edits: Edit[] = [];

  const set = (map: YAMLMap, key: string, value: unknown) => {
    const pair = pairOf(map, key);
    const node = pair?.value as { range?: [number, number, number] } | undefined;
    if (pair && node?.range) {
      edits.push({ start: node.range[0], end: node.range[1], text: written(value) });
      return;
    }
    // A new field goes after the nearest field before it in the schema's order.
    const before = order.slice(0, Math.max(0, order.indexOf(key))).reverse();
    const anchor = before.map((k) => pairOf(map, k)).find((p) => p !== undefined);
    const anchorEnd = (anchor?.value as { range?: [number, number, number] } | undefined)?.range?.[2];
    const at = anchorEnd ?? text.length;
    const lineEnd = text.indexOf("\n", at - 1);
    const pos = lineEnd < 0 ? text.length : lineEnd;
    edits.push({ start: pos, end: pos, text: `\n${key}: ${written(value)}` });
  };

  for (const d of drift) set(root, d.field, d.registry);
  set(root, "lastReviewed", today);
  const sources = root.get("sources", true);
  if (isSeq(sources)) {
    const registrySource = sources.items.find((s) => isMap(s) && s.get("kind") === "registry");
    if (isMap(registrySource) && pairOf(registrySource, "accessed")) set(registrySource, "accessed", today);
  }

  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
