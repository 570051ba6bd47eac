import { QueryError, queryErrorsFrom } from "@cell-atlas/content";
import type { Context } from "hono";
import type { z } from "zod";
import { invalidParameters, problemResponse } from "./problem.ts";

/** Request target as sent: path plus query string, no scheme or host. */
export function pathAndQuery(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  return start < 0 ? "/" : url.slice(start);
}

/** A parameter given twice is its own mistake; zod would only call it "not a string". */
function repeatedParams(c: Context): QueryError[] {
  return Object.entries(c.req.queries())
    .filter(([, values]) => values.length > 1)
    .map(([name]) => new QueryError(name, "is given more than once", "a single value"));
}

type ValidationResult = { success: true } | { success: false; error: z.ZodError };

/**
 * The validation hook of every route: when its zod schema rejects the query (or path), answer a
 * 400 problem naming each bad parameter, in the content package's words. The schema is the one the
 * route validated with, so the query is parsed once.
 */
/** The Link header of a list page: this request's query with the next page's cursor. */
export function nextLink(c: Context, cursor: string): string {
  const target = pathAndQuery(c.req.url);
  const q = target.indexOf("?");
  const params = new URLSearchParams(q < 0 ? "" : target.slice(q + 1));
  params.set("cursor", cursor);
  return `<${c.req.path}?${params}>; rel="next"`;
}

export function problemHook(schema: z.ZodObject) {
  return (result: ValidationResult, c: Context): Response | undefined => {
    if (result.success) return undefined;
    const repeated = repeatedParams(c);
    const rest = queryErrorsFrom(result.error.issues, schema).filter((e) => !repeated.some((r) => r.param === e.param));
    return problemResponse(invalidParameters([...repeated, ...rest], pathAndQuery(c.req.url)));
  };
}
