import type { ValidationIssue } from "./issue.ts";

// GitHub's workflow-command escapes: data needs %, CR and LF escaped; property values also : and ,.
const escapeData = (s: string) => s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const escapeProperty = (s: string) => escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");

/**
 * One problem as a GitHub Actions error annotation, which the runner shows on the changed line of
 * a pull request. `file` is the issue's file as seen from the repository root, where GitHub looks.
 */
export function githubAnnotation(issue: ValidationIssue, file: string): string {
  const props = [
    `file=${escapeProperty(file)}`,
    `line=${issue.line}`,
    `col=${issue.col}`,
    `title=${escapeProperty(issue.field)}`,
  ].join(",");
  return `::error ${props}::${escapeData(issue.fix ? `${issue.message} (${issue.fix})` : issue.message)}`;
}
