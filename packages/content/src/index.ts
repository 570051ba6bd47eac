/**
 * @cell-atlas/content — schemas, types and the one query module.
 * Pure: no file system, no YAML. Safe in Node, browsers and workerd.
 */

export { getAtlas, getChangeLog, getDataset } from "./bundled.ts";
export { toCsv, toNdjson } from "./export/csv.ts";
export { CSV_COLUMNS, LIST_SEPARATOR, toRow } from "./export/rows.ts";
export { evidenceOf, LEVEL_OF_KIND } from "./publish/evidence-level.ts";
export { publishRecords, type RecordFiles } from "./publish/publish.ts";
export { type Atlas, createAtlas, type Page, type ParsedQuery } from "./query/atlas.ts";
export { decodeCursor, encodeCursor } from "./query/cursor.ts";
export { FILTERS, type Filter, type FilterValues, matchesFilters } from "./query/filters.ts";
export { createLinks, type LinkEnd, type Links } from "./query/links.ts";
export { compareKeys, furthestStage, furthestStageEvidence, phaseOrder, stageOrder } from "./query/order.ts";
export * from "./query/params.ts";
export { QueryError, queryErrorsFrom } from "./query/query-error.ts";
export { createReader, type Reader, recordName } from "./query/reader.ts";
export type { Related, RelatedRef } from "./query/related.ts";
export * from "./query/search-index.ts";
export { SORTS, type SortField } from "./query/sorts.ts";
export { Stats } from "./query/stats-schema.ts";
export { closestIds } from "./query/suggest.ts";
export {
  type ChangeLog,
  ChangesQuery,
  createChangeLog,
  type ReleasedChange,
  type ReleaseSummary,
} from "./release/changes.ts";
export { diffRecords, diffValues } from "./release/diff.ts";
export { type Highlights, highlightsOf } from "./release/highlights.ts";
export { Change, ChangeType, FieldChange, Release, ReleaseVersion } from "./release/schema.ts";
export { releaseSummary } from "./release/summary.ts";
export * from "./schema/index.ts";
