import { closest } from "fastest-levenshtein";
import type { z } from "zod";
import { fieldAt } from "../schema/field-info.ts";
import { formatPath, type ValidationIssue } from "./issue.ts";
import { keyNodeAt, nodeAt, type ParsedFile, positionOf } from "./parse-file.ts";

const MAX_LISTED = 16;

function listAllowed(values: readonly unknown[]): string {
  const shown = values.slice(0, MAX_LISTED).map(String).join(", ");
  return values.length > MAX_LISTED ? `${shown}, …` : shown;
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null (an empty value)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Turns zod's issues for one file into located, actionable messages. */
export function zodIssuesToValidationIssues(
  parsed: ParsedFile,
  schema: z.ZodType,
  issues: readonly z.core.$ZodIssue[],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    const path = issue.path;
    const base = { file: parsed.file, field: formatPath(path) };

    if (issue.code === "unrecognized_keys") {
      const allowed = Object.keys(fieldAt(schema, path)?.fields ?? {});
      for (const key of issue.keys) {
        const suggestion = allowed.length > 0 ? closest(key, allowed) : undefined;
        out.push({
          ...base,
          field: formatPath([...path, key]),
          ...positionOf(parsed, keyNodeAt(parsed.doc, path, key)),
          message: `unknown field "${key}"`,
          fix: `${suggestion ? `did you mean "${suggestion}"? ` : ""}allowed: ${allowed.join(", ")}`,
        });
      }
      continue;
    }

    const value = valueAt(parsed.data, path);
    const position = positionOf(parsed, nodeAt(parsed.doc, path));

    if (value === undefined && path.length > 0) {
      const field = String(path[path.length - 1] ?? "");
      const allowed = issue.code === "invalid_value" ? ` — one of: ${listAllowed(issue.values)}` : "";
      out.push({
        ...base,
        ...position,
        message: "required field is missing",
        fix: `add \`${field}:\`${allowed}`,
      });
    } else if (issue.code === "invalid_value") {
      out.push({
        ...base,
        ...position,
        message: `${describeValue(value)} is not an allowed value`,
        fix: `allowed: ${listAllowed(issue.values)}`,
      });
    } else if (issue.code === "invalid_type") {
      out.push({ ...base, ...position, message: `expected ${issue.expected}, got ${describeValue(value)}` });
    } else if (issue.code === "too_small" && issue.origin === "array") {
      out.push({
        ...base,
        ...position,
        message: issue.message,
        fix: `add at least ${issue.minimum} entr${issue.minimum === 1 ? "y" : "ies"}`,
      });
    } else {
      out.push({ ...base, ...position, message: `${describeValue(value)} ${issue.message}` });
    }
  }
  return out;
}
