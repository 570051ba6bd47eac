import path from "node:path";
import { githubAnnotation } from "./annotation.ts";
import { formatIssue, type ValidationIssue } from "./issue.ts";
import type { LoadResult } from "./load-dataset.ts";

export interface ValidationReport {
  ok: boolean;
  /** One line per problem: file:line:col  field  message  (fix). */
  problems: string[];
  /** The closing line: counts when valid, the number of problems when not. */
  summary: string;
}

export interface ReportOptions {
  /**
   * `text`: file:line:col lines for a terminal or an editor. `github`: GitHub Actions annotations,
   * with each file named from the repository root, which is `fileRoot` (a path from the repository
   * root to the folder the issues' files are relative to, e.g. "packages/content").
   */
  format?: "text" | "github";
  fileRoot?: string;
}

/** What `pnpm validate` and `cell-atlas validate` print, written once for both. */
export function validationReport(result: LoadResult, options: ReportOptions = {}): ValidationReport {
  if (!result.ok) {
    const root = (options.fileRoot ?? "").replaceAll("\\", "/");
    const line =
      options.format === "github"
        ? (issue: ValidationIssue) => githubAnnotation(issue, path.posix.join(root, issue.file))
        : formatIssue;
    return {
      ok: false,
      problems: result.issues.map(line),
      summary: `✗ ${result.issues.length} problem(s) in ${result.files} file(s)`,
    };
  }
  const counts = Object.entries(result.dataset.meta.counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(", ");
  return { ok: true, problems: [], summary: `✓ ${result.files} files valid: ${counts}` };
}
