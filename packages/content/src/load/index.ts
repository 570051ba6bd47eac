export { collectReferences, REFERENCES } from "../schema/references.ts";
export { githubAnnotation } from "./annotation.ts";
export { formatIssue, type ValidationIssue } from "./issue.ts";
export { type FileText, type LoadOptions, type LoadResult, loadDataset, validateFiles } from "./load-dataset.ts";
export { type ReportOptions, type ValidationReport, validationReport } from "./report.ts";
export { RULES } from "./rules/index.ts";
