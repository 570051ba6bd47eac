import type { z } from "zod";
import { fieldAt } from "../schema/field-info.ts";

/** A query the caller got wrong: names the parameter, what was wrong, and what is allowed. */
export class QueryError extends Error {
  constructor(
    readonly param: string,
    readonly detail: string,
    readonly allowed?: string,
  ) {
    super(`${param}: ${detail}${allowed ? ` (allowed: ${allowed})` : ""}`);
    this.name = "QueryError";
  }
}

/**
 * Turns zod's issues on query parameters into QueryErrors, one per bad parameter, in the words
 * every front end shows: an unknown parameter lists the known ones, a value outside a set lists
 * the set. The API, the CLI and the query module all report errors through this.
 */
export function queryErrorsFrom(issues: readonly z.core.$ZodIssue[], schema: z.ZodObject): QueryError[] {
  const params = Object.keys(schema.shape);
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((k) => new QueryError(k, `unknown parameter "${k}"`, params.join(", ") || "none"));
    }
    const param = String(issue.path[0] ?? "(query)");
    if (issue.code === "invalid_value") {
      return [new QueryError(param, "is not an allowed value", issue.values.map(String).join(", "))];
    }
    // A value that matched no branch of a union (oicMember=maybe) gets only "Invalid input" from zod.
    if (issue.code === "invalid_union" && issue.message.startsWith("Invalid input")) {
      const values = fieldAt(schema, [param])?.values;
      if (values) return [new QueryError(param, "is not an allowed value", values.join(", "))];
    }
    return [new QueryError(param, issue.message)];
  });
}
