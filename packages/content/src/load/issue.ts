/** One problem found in the data, located precisely enough for an editor to jump to it. */
export interface ValidationIssue {
  /** Path relative to the data root's parent, e.g. data/therapies/nurown.yaml */
  file: string;
  line: number;
  col: number;
  /** Dotted field path, e.g. indications[0].stage; "(file)" when the problem is the whole file. */
  field: string;
  message: string;
  /** What to do about it, e.g. "(allowed: a, b)" or "add `sources:` with at least one entry". */
  fix?: string;
}

export function formatIssue(issue: ValidationIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.col}`;
  return [where, issue.field, issue.message, issue.fix ? `(${issue.fix})` : ""].filter(Boolean).join("  ");
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(record)";
}

export function compareIssues(a: ValidationIssue, b: ValidationIssue): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.field.localeCompare(b.field);
}
