import type MiniSearch from "minisearch";
import type { z } from "zod";
import type { CollectionName, Dataset, RecordOf } from "../schema/index.ts";
import { decodeCursor, encodeCursor, fingerprint } from "./cursor.ts";
import { codeUnitOrder, compareKeys, furthestStage, phaseOrder, sortText, stageOrder } from "./order.ts";
import { type QueryInput, type QueryParams, queryParamSchemas, SearchQuery } from "./params.ts";
import { QueryError, queryErrorsFrom } from "./query-error.ts";
import { type AnyRecord, createReader, type Reader, recordName } from "./reader.ts";
import { buildSearchIndex, loadSearchIndex, runSearch, type SearchDocument, type SearchHit } from "./search-index.ts";
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
  search(input: z.input<typeof SearchQuery>): SearchHit[];
  stats(): Stats;
}

/**
 * `searchIndex` is the serialized index from the build, or a function that returns it, so a
 * caller that may never search (the CLI's `show`) need not even read it.
 */
export function createAtlas(dataset: Dataset, searchIndex?: string | object | (() => string | object)): Atlas {
  const reader = createReader(dataset);
  // Records reach area/modality filters through the therapies linked to them. The links are built
  // on first need, so listing therapies reads no other collection.
  let links: Map<string, RecordOf<"therapies">[]> | undefined;
  const linkedTherapies = (collection: CollectionName, r: AnyRecord): readonly RecordOf<"therapies">[] => {
    if (collection === "therapies") return [r as unknown as RecordOf<"therapies">];
    links ??= linkTherapies(dataset);
    return links.get(`${collection}/${r.id}`) ?? [];
  };
  let index: MiniSearch<SearchDocument> | undefined;
  const getIndex = () => {
    const serialized = typeof searchIndex === "function" ? searchIndex() : searchIndex;
    index ??= serialized ? loadSearchIndex(serialized) : buildSearchIndex(dataset);
    return index;
  };
  let stats: Stats | undefined;

  const parseQuery = <C extends CollectionName>(collection: C, input: unknown): ParsedQuery<C> => {
    const schema = queryParamSchemas[collection];
    const result = schema.safeParse(input ?? {});
    if (result.success) return { ok: true, params: result.data as QueryParams[C] };
    return { ok: false, errors: queryErrorsFrom(result.error.issues as never, Object.keys(schema.shape)) };
  };

  const list = <C extends CollectionName>(
    collection: C,
    input: QueryInput[C] = {} as QueryInput[C],
  ): Page<RecordOf<C>> => {
    const parsed = parseQuery(collection, input);
    if (!parsed.ok) throw parsed.errors[0];
    const { limit, cursor, sort, q, ...filters } = parsed.params as {
      limit: number;
      cursor?: string;
      sort?: string;
      q?: string;
    } & Record<string, unknown>;
    const key = fingerprint({ collection, sort, q, ...filters });
    let offset = 0;
    if (cursor) {
      const state = decodeCursor(cursor);
      if (!state) throw new QueryError("cursor", "is not a cursor this API issued");
      if (state.key !== key)
        throw new QueryError("cursor", "belongs to a different query; keep the same filters and sort while paging");
      offset = state.offset;
    }

    let records = dataset[collection] as AnyRecord[];
    let relevance: Map<string, number> | undefined;
    if (q) {
      const hits = runSearch(getIndex(), q, { collection });
      relevance = new Map(hits.map((h, i) => [h.id, i]));
      records = records.filter((r) => relevance?.has(r.id));
    }
    records = records.filter((r) => matches(collection, r, filters, () => linkedTherapies(collection, r)));
    records = sortRecords(collection, records, sort, relevance, (r) => linkedTherapies(collection, r).length);

    const page = records.slice(offset, offset + limit);
    const next = offset + limit < records.length ? encodeCursor({ offset: offset + limit, key }) : null;
    return { data: page as RecordOf<C>[], total: records.length, nextCursor: next };
  };

  return {
    ...reader,
    parseQuery,
    list,
    search: (input) => {
      const result = SearchQuery.safeParse(input);
      if (!result.success) throw queryErrorsFrom(result.error.issues as never, Object.keys(SearchQuery.shape))[0];
      return runSearch(getIndex(), result.data.q, { collection: result.data.collection, limit: result.data.limit });
    },
    stats: () => {
      stats ??= computeStats(dataset);
      return stats;
    },
  };
}

function linkTherapies(dataset: Dataset): Map<string, RecordOf<"therapies">[]> {
  const out = new Map<string, RecordOf<"therapies">[]>();
  const add = (key: string, t: RecordOf<"therapies">) => {
    const list = out.get(key) ?? [];
    if (!list.includes(t)) list.push(t);
    out.set(key, list);
  };
  const therapyById = new Map(dataset.therapies.map((t) => [t.id, t]));
  for (const t of dataset.therapies) {
    for (const o of t.organizations) add(`organizations/${o.id}`, t);
    for (const c of t.countries) add(`countries/${c}`, t);
  }
  for (const trial of dataset.trials) {
    const t = trial.therapy ? therapyById.get(trial.therapy) : undefined;
    if (t) add(`trials/${trial.id}`, t);
  }
  for (const e of dataset.events) {
    for (const id of e.therapies) {
      const t = therapyById.get(id);
      if (t) add(`events/${e.id}`, t);
    }
  }
  return out;
}

function matches(
  collection: CollectionName,
  r: AnyRecord,
  f: Record<string, unknown>,
  linked: () => readonly RecordOf<"therapies">[],
): boolean {
  if (f.area !== undefined && !linked().some((t) => t.indications.some((i) => i.area === f.area))) return false;
  if (f.modality !== undefined && !linked().some((t) => t.modality === f.modality)) return false;

  switch (collection) {
    case "therapies": {
      const t = r as unknown as RecordOf<"therapies">;
      if (f.country !== undefined && !t.countries.includes(f.country as string)) return false;
      if (f.stage !== undefined && !t.indications.some((i) => i.stage === f.stage)) return false;
      if (f.status !== undefined && !t.indications.some((i) => i.status === f.status)) return false;
      if (f.cellSource !== undefined && t.cellSource !== f.cellSource) return false;
      if (f.organization !== undefined && !t.organizations.some((o) => o.id === f.organization)) return false;
      return true;
    }
    case "organizations": {
      const o = r as unknown as RecordOf<"organizations">;
      if (f.kind !== undefined && o.kind !== f.kind) return false;
      if (f.country !== undefined && o.country !== f.country) return false;
      return true;
    }
    case "countries": {
      const c = r as unknown as RecordOf<"countries">;
      if (f.region !== undefined && c.region !== f.region) return false;
      if (f.oicMember !== undefined && c.oicMember !== f.oicMember) return false;
      if (f.hasProgrammes !== undefined && linked().length > 0 !== f.hasProgrammes) return false;
      return true;
    }
    case "trials": {
      const t = r as unknown as RecordOf<"trials">;
      if (f.status !== undefined && t.status !== f.status) return false;
      if (f.phase !== undefined && t.phase !== f.phase) return false;
      if (f.registry !== undefined && t.registry !== f.registry) return false;
      if (f.country !== undefined && !t.countries.includes(f.country as string)) return false;
      if (f.therapy !== undefined && t.therapy !== f.therapy) return false;
      if (f.organization !== undefined && t.sponsor !== f.organization) return false;
      return true;
    }
    case "events": {
      const e = r as unknown as RecordOf<"events">;
      if (f.kind !== undefined && e.kind !== f.kind) return false;
      if (f.country !== undefined && !e.countries.includes(f.country as string)) return false;
      if (f.organization !== undefined && !e.organizations.includes(f.organization as string)) return false;
      if (f.therapy !== undefined && !e.therapies.includes(f.therapy as string)) return false;
      // Partial dates compare as prefixes: from=2020 admits 2020-05; to=2020 admits 2020-12-31.
      if (f.from !== undefined && e.date.slice(0, (f.from as string).length) < (f.from as string)) return false;
      if (f.to !== undefined && e.date.slice(0, (f.to as string).length) > (f.to as string)) return false;
      return true;
    }
  }
}

function sortRecords(
  collection: CollectionName,
  records: AnyRecord[],
  sort: string | undefined,
  relevance: Map<string, number> | undefined,
  programmeCount: (r: AnyRecord) => number,
): AnyRecord[] {
  if (!sort && relevance) return [...records].sort((a, b) => (relevance.get(a.id) ?? 0) - (relevance.get(b.id) ?? 0));
  const spec = sort ?? defaultSort[collection];
  const descending = spec.startsWith("-");
  const field = descending ? spec.slice(1) : spec;
  const keyOf = (r: AnyRecord): string | number | undefined => {
    if (field === "stage") return stageOrder(furthestStage((r as unknown as RecordOf<"therapies">).indications) ?? "");
    if (field === "phase") return phaseOrder(String(r.phase));
    if (field === "programmes") return programmeCount(r);
    if (field === "name" || field === "title") return sortText(recordName(collection, r));
    const v = r[field];
    return typeof v === "number" || typeof v === "string" ? v : undefined;
  };
  const keyed = records.map((r) => ({ r, k: keyOf(r) }));
  keyed.sort((a, b) => compareKeys(a.k, b.k, descending) || codeUnitOrder(a.r.id, b.r.id));
  return keyed.map((x) => x.r);
}

const defaultSort: Record<CollectionName, string> = {
  therapies: "name",
  organizations: "name",
  countries: "name",
  trials: "-startDate",
  events: "-date",
};
