import type { Context } from "hono";
import type { z } from "zod";
import { invalidParameters, problemResponse } from "./problem.ts";
import { errorsFromIssues, pathAndQuery, rawQuery, repeatedParams } from "./query.ts";

/** Validation hook for routes whose schemas live here, not in the content package. */
export function badRequestHook(allowedParams: readonly string[]) {
  return (result: { success: true } | { success: false; error: z.ZodError }, c: Context): Response | undefined => {
    if (result.success) return undefined;
    const repeated = repeatedParams(rawQuery(c));
    const rest = errorsFromIssues(result.error.issues, allowedParams).filter(
      (e) => !repeated.some((r) => r.param === e.param),
    );
    return problemResponse(invalidParameters([...repeated, ...rest], pathAndQuery(c.req.url)));
  };
}
