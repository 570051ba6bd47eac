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
