import { formatIssue } from "./issue.ts";
import type { LoadResult } from "./load-dataset.ts";

export interface ValidationReport {
  ok: boolean;
  /** One line per problem: file:line:col  field  message  (fix). */
  problems: string[];
  /** The closing line: counts when valid, the number of problems when not. */
  summary: string;
}

/** What `pnpm validate` and `cell-atlas validate` print, written once for both. */
export function validationReport(result: LoadResult): ValidationReport {
  if (!result.ok) {
    return {
      ok: false,
      problems: result.issues.map(formatIssue),
      summary: `✗ ${result.issues.length} problem(s) in ${result.files} file(s)`,
    };
  }
  const counts = Object.entries(result.dataset.meta.counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(", ");
  return { ok: true, problems: [], summary: `✓ ${result.files} files valid: ${counts}` };
}
