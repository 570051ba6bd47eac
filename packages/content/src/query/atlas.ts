import type { z } from "zod";
import type { CollectionName, Dataset, RecordOf } from "../schema/index.ts";
import { decodeCursor, encodeCursor, fingerprint } from "./cursor.ts";
import { type FilterValues, matchesFilters } from "./filters.ts";
import { codeUnitOrder, compareKeys } from "./order.ts";
import { type QueryInput, type QueryParams, queryParamSchemas, SearchQuery } from "./params.ts";
import { QueryError, queryErrorsFrom } from "./query-error.ts";
import { type AnyRecord, createReader, type Reader } from "./reader.ts";
import { buildSearchIndex, loadSearchIndex, runSearch, type SearchHit, type SearchIndex } from "./search-index.ts";
import { SORTS } from "./sorts.ts";
import { computeStats } from "./stats.ts";
import type { Stats } from "./stats-schema.ts";

export interface Page<T> {
  data: T[];
  total: number;
  nextCursor: string | null;
}

/** Result of parsing query params: either clean params or every problem, never a throw. */
export type ParsedQuery<C extends CollectionName> =
  | { ok: true; params: QueryParams[C] }
  | { ok: false; errors: QueryError[] };

export interface Atlas extends Reader {
  parseQuery<C extends CollectionName>(collection: C, input: unknown): ParsedQuery<C>;
  /** Filters, sorts and pages a collection. Throws QueryError on bad input. */
  list<C extends CollectionName>(collection: C, input?: QueryInput[C]): Page<RecordOf<C>>;
  /** The same, for params parseQuery (or a validator using the same schema) already produced. */
  listParsed<C extends CollectionName>(collection: C, params: QueryParams[C]): Page<RecordOf<C>>;
  search(input: z.input<typeof SearchQuery>): SearchHit[];
  stats(): Stats;
}

/**
 * `searchIndex` is the serialized index from the build, or a function that returns it, so a
 * caller that may never search (the CLI's `show`) need not even read it.
 */
export function createAtlas(
  dataset: Dataset,
  searchIndex?: string | SearchIndex | (() => string | SearchIndex),
): Atlas {
  const reader = createReader(dataset);
  const { links } = reader;
  let index: SearchIndex | undefined;
  const getIndex = () => {
    if (index) return index;
    const serialized = typeof searchIndex === "function" ? searchIndex() : searchIndex;
    index = serialized ? loadSearchIndex(serialized) : buildSearchIndex(dataset);
    return index;
  };
  let stats: Stats | undefined;

  const parseQuery = <C extends CollectionName>(collection: C, input: unknown): ParsedQuery<C> => {
    const schema = queryParamSchemas[collection];
    const result = schema.safeParse(input ?? {});
    if (result.success) return { ok: true, params: result.data as QueryParams[C] };
    return { ok: false, errors: queryErrorsFrom(result.error.issues, schema) };
  };

  const listParsed = <C extends CollectionName>(collection: C, params: QueryParams[C]): Page<RecordOf<C>> => {
    const { limit, cursor, sort, q, ...filters } = params as {
      limit: number;
      cursor?: string;
      sort?: string;
      q?: string;
    } & FilterValues<C>;
    const key = fingerprint({ collection, sort, q, ...filters });
    let offset = 0;
    if (cursor) {
      const state = decodeCursor(cursor);
      if (!state) throw new QueryError("cursor", "is not a cursor this API issued");
      if (state.key !== key)
        throw new QueryError("cursor", "belongs to a different query; keep the same filters and sort while paging");
      offset = state.offset;
    }

    let records = dataset[collection] as RecordOf<C>[];
    let relevance: Map<string, number> | undefined;
    if (q) {
      const hits = runSearch(getIndex(), q, { collection });
      relevance = new Map(hits.map((h, i) => [h.id, i]));
      records = records.filter((r) => relevance?.has(r.id));
    }
    records = records.filter((r) => matchesFilters(collection, r, filters as FilterValues<C>, links));
    records = sortRecords(collection, records, sort, relevance);

    const page = records.slice(offset, offset + limit);
    const next = offset + limit < records.length ? encodeCursor({ offset: offset + limit, key }) : null;
    return { data: page, total: records.length, nextCursor: next };
  };

  return {
    ...reader,
    parseQuery,
    listParsed,
    list: (collection, input = {} as never) => {
      const parsed = parseQuery(collection, input);
      if (!parsed.ok) throw parsed.errors[0];
      return listParsed(collection, parsed.params);
    },
    search: (input) => {
      const result = SearchQuery.safeParse(input);
      if (!result.success) throw queryErrorsFrom(result.error.issues, SearchQuery)[0];
      return runSearch(getIndex(), result.data.q, { collection: result.data.collection, limit: result.data.limit });
    },
    stats: () => {
      stats ??= computeStats(dataset, links);
      return stats;
    },
  };

  function sortRecords<C extends CollectionName>(
    collection: C,
    records: RecordOf<C>[],
    sort: string | undefined,
    relevance: Map<string, number> | undefined,
  ): RecordOf<C>[] {
    if (!sort && relevance) return [...records].sort((a, b) => (relevance.get(a.id) ?? 0) - (relevance.get(b.id) ?? 0));
    const { keys, defaultSort } = SORTS[collection] as unknown as {
      keys: Record<string, (r: AnyRecord, l: typeof links) => string | number | undefined>;
      defaultSort: string;
    };
    const spec = sort ?? defaultSort;
    const descending = spec.startsWith("-");
    const keyOf = keys[descending ? spec.slice(1) : spec];
    if (!keyOf) throw new QueryError("sort", `is not a sort of ${collection}`, Object.keys(keys).join(", "));
    const keyed = records.map((r) => ({ r, k: keyOf(r as AnyRecord, links) }));
    keyed.sort((a, b) => compareKeys(a.k, b.k, descending) || codeUnitOrder(a.r.id, b.r.id));
    return keyed.map((x) => x.r);
  }
}
