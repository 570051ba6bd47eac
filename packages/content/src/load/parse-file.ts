import { type Document, isMap, isPair, isScalar, LineCounter, type Node, parseDocument } from "yaml";
import type { ValidationIssue } from "./issue.ts";

/** A YAML file parsed with the positions we need to point at any field. */
export interface ParsedFile {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  data: unknown;
}

export function parseYamlFile(file: string, text: string): ParsedFile | ValidationIssue[] {
  const lines = new LineCounter();
  // The core schema keeps dates as strings (no YAML 1.1 timestamps), so `2024-02-30` reaches the
  // date check instead of silently becoming 2 March.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, schema: "core", uniqueKeys: true });
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => {
      const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
      const firstLine = error.message.split("\n")[0] ?? error.message;
      return {
        file,
        line: pos.line,
        col: pos.col,
        field: "(file)",
        message: `YAML syntax error: ${firstLine.replace(/ at line \d+, column \d+:?$/, "")}`,
        fix: "check indentation, quotes and colons on that line; strings containing ': ' or '#' need quotes",
      };
    });
  }
  return { file, doc, lines, data: doc.toJS() };
}

/** The node at a path, or the deepest ancestor that exists (a missing field points at its parent). */
export function nodeAt(doc: Document.Parsed, path: readonly PropertyKey[]): Node | null {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (!node || typeof node !== "object" || !("get" in node)) break;
    const child = (node as { get(k: unknown, keep: true): unknown }).get(key, true);
    if (child === undefined || child === null) break;
    node = child;
  }
  return (node as Node) ?? null;
}

/** The key node of `key` inside the map at `path`: an unknown field is reported on its own line. */
export function keyNodeAt(doc: Document.Parsed, path: readonly PropertyKey[], key: string): Node | null {
  const map = nodeAt(doc, path);
  if (!isMap(map)) return null;
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && item.key.value === key) return item.key;
  }
  return null;
}

export function positionOf(parsed: ParsedFile, node: Node | null): { line: number; col: number } {
  const offset = node?.range?.[0];
  if (offset === undefined) return { line: 1, col: 1 };
  return parsed.lines.linePos(offset);
}
