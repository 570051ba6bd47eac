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

/** Turns a zod error on query params into QueryErrors, one per bad parameter. */
export function queryErrorsFrom(
  issues: readonly {
    path: PropertyKey[];
    message: string;
    code: string;
    keys?: string[];
    values?: readonly unknown[];
  }[],
  allowedParams: readonly string[],
): QueryError[] {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys" && issue.keys) {
      return issue.keys.map((k) => new QueryError(k, `unknown parameter "${k}"`, allowedParams.join(", ")));
    }
    const param = String(issue.path[0] ?? "(query)");
    if (issue.code === "invalid_value" && issue.values) {
      return [new QueryError(param, "is not an allowed value", issue.values.map(String).join(", "))];
    }
    return [new QueryError(param, issue.message)];
  });
}
