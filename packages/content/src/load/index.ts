export { formatIssue, type ValidationIssue } from "./issue.ts";
export { type LoadOptions, type LoadResult, loadDataset } from "./load-dataset.ts";
export { RULES } from "./rules/index.ts";
export { collectReferences, REFERENCES } from "./rules/references-exist.ts";
export { describeField, knownKeys, schemaAt } from "./schema-at.ts";
