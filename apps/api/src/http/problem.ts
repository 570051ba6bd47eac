import type { QueryError } from "@cell-atlas/content";
import { textResponse } from "./body.ts";

/** RFC 9457 problem details. Types are URNs: stable names that promise no web page. */
export type ProblemType =
  | "invalid-parameter"
  | "not-found"
  | "rate-limited"
  | "method-not-allowed"
  | "internal-error"
  | "not-acceptable";

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** The first bad parameter, and what it accepts. */
  param?: string;
  allowed?: string;
  /** Every bad parameter, when there is more than one. */
  errors?: { param: string; detail: string; allowed?: string }[];
  /** Closest existing ids, for a 404. */
  suggestions?: string[];
}

const titles: Record<ProblemType, string> = {
  "invalid-parameter": "Invalid request parameter",
  "not-found": "Not found",
  "rate-limited": "Too many requests",
  "method-not-allowed": "Method not allowed",
  "internal-error": "Internal error",
  "not-acceptable": "Not acceptable",
};

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export function problem(
  type: ProblemType,
  status: number,
  detail: string,
  extra: Omit<ProblemBody, "type" | "title" | "status" | "detail"> = {},
): ProblemBody {
  return { type: `urn:cell-atlas:problem:${type}`, title: titles[type], status, detail, ...extra };
}

export function problemResponse(body: ProblemBody, headers: Record<string, string> = {}): Response {
  return textResponse(JSON.stringify(body), {
    status: body.status,
    headers: { "content-type": PROBLEM_CONTENT_TYPE, ...headers },
  });
}

/** One 400 for every bad parameter; detail names the first one and what it accepts. */
export function invalidParameters(errors: readonly QueryError[], instance: string): ProblemBody {
  const list = errors.map((e) => ({ param: e.param, detail: e.detail, ...(e.allowed ? { allowed: e.allowed } : {}) }));
  const first = list[0] ?? { param: "(query)", detail: "is not valid" };
  const sentence = (e: { param: string; detail: string; allowed?: string }) =>
    `Parameter "${e.param}" ${e.detail.replace(/^unknown parameter "[^"]*"$/, "is not a parameter of this route")}${e.allowed ? `; allowed: ${e.allowed}` : ""}.`;
  return problem("invalid-parameter", 400, list.map(sentence).join(" "), {
    instance,
    param: first.param,
    ...(first.allowed ? { allowed: first.allowed } : {}),
    errors: list,
  });
}
