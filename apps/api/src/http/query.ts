import { QueryError } from "@cell-atlas/content";
import type { Context } from "hono";
import type { z } from "zod";

export type RawQuery = Record<string, string | string[]>;

/** The query string as the validators see it: one value per name, or all of them if repeated. */
export function rawQuery(c: Context): RawQuery {
  const out: RawQuery = {};
  for (const [name, values] of Object.entries(c.req.queries())) {
    out[name] = values.length === 1 ? (values[0] as string) : values;
  }
  return out;
}

/** A repeated parameter is its own mistake; zod would only call it "not a string". */
export function repeatedParams(raw: RawQuery): QueryError[] {
  return Object.entries(raw)
    .filter(([, v]) => Array.isArray(v))
    .map(([name]) => new QueryError(name, "is given more than once", "a single value"));
}

/** Request target as sent: path plus query string, no scheme or host. */
export function pathAndQuery(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  return start < 0 ? "/" : url.slice(start);
}

/** For schemas the content package does not own (path ids, dataset options). */
export function errorsFromIssues(issues: readonly z.core.$ZodIssue[], allowedParams: readonly string[]): QueryError[] {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map(
        (k) =>
          new QueryError(k, `unknown parameter "${k}"`, allowedParams.length > 0 ? allowedParams.join(", ") : "none"),
      );
    }
    const param = String(issue.path[0] ?? "(query)");
    if (issue.code === "invalid_value") {
      return [new QueryError(param, "is not an allowed value", issue.values.map(String).join(", "))];
    }
    return [new QueryError(param, issue.message)];
  });
}

type ZodDef = {
  type?: string;
  innerType?: unknown;
  in?: unknown;
  options?: unknown[];
  entries?: Record<string, unknown>;
};
const defOf = (schema: unknown): ZodDef => (schema as { _zod?: { def?: ZodDef } })?._zod?.def ?? {};

/** The literal values a (possibly optional, piped or union) zod schema accepts, if it is that kind. */
export function allowedValues(schema: unknown, depth = 0): string[] {
  const def = defOf(schema);
  if (depth > 6) return [];
  switch (def.type) {
    case "optional":
    case "default":
      return allowedValues(def.innerType, depth + 1);
    case "pipe":
      return allowedValues(def.in, depth + 1);
    case "union":
      return [...new Set((def.options ?? []).flatMap((o) => allowedValues(o, depth + 1)))];
    case "enum":
      return Object.values(def.entries ?? {}).map(String);
    case "boolean":
      return ["true", "false"];
    default:
      return [];
  }
}

/**
 * zod says only "Invalid input" when no branch of a union matched (e.g. oicMember=maybe); name
 * what the parameter accepts instead.
 */
export function clarify(errors: QueryError[], shape: Record<string, unknown>): QueryError[] {
  return errors.map((e) => {
    if (!/^Invalid input/.test(e.detail)) return e;
    const allowed = allowedValues(shape[e.param]);
    return new QueryError(e.param, "is not an allowed value", allowed.length > 0 ? allowed.join(", ") : e.allowed);
  });
}
