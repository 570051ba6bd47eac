import type { Area, CollectionName, Dataset, RecordOf } from "../schema/index.ts";
import { forEachReference, REFERENCES } from "../schema/references.ts";
import { COLLECTIONS } from "../schema/values.ts";

type Therapy = RecordOf<"therapies">;
type Trial = RecordOf<"trials">;

/** One end of a link, as every front end shows it. */
export interface LinkEnd {
  collection: CollectionName;
  id: string;
  /** The part the linked record plays (an organization's role for a therapy, a trial's sponsor). */
  role?: string;
}

/**
 * The links between records, computed once from the references table in both directions. Lists,
 * related records, stats, search and the site all read links here and nowhere else.
 */
export interface Links {
  /** Records this one names and records that name it, each once per role, in data order. */
  of(collection: CollectionName, id: string): readonly LinkEnd[];
  /** Ids linked to a record in one collection, either direction, each once. */
  idsOf(collection: CollectionName, id: string, target: CollectionName): readonly string[];
  /** The programmes a record reaches, for area and modality filters: a therapy reaches itself. */
  therapiesOf(collection: CollectionName, id: string): readonly Therapy[];
  /** A trial's areas: its own `area` when set, else every area of its programme. */
  trialAreas(trial: Trial): readonly Area[];
}

const key = (collection: CollectionName, id: string) => `${collection}/${id}`;

/** Collections whose records can name a record of `target` (and `target` itself, for its own links). */
const touching = (target: CollectionName) =>
  COLLECTIONS.filter((c) => c === target || REFERENCES[c].some((r) => r.target === target));

type Visit = (from: string, end: LinkEnd, reachesTherapies: boolean, fromCollection: CollectionName) => void;

/**
 * Every link of the records of the given collections, in data order: the one walk both indexes
 * use. `only` limits one collection to one record (a record's own links, without its neighbours').
 */
function walkLinks(
  dataset: Dataset,
  collections: readonly CollectionName[],
  visit: Visit,
  only?: { collection: CollectionName; id: string },
): void {
  for (const collection of collections) {
    for (const record of dataset[collection]) {
      if (only?.collection === collection && record.id !== only.id) continue;
      const from = key(collection, record.id);
      for (const ref of REFERENCES[collection]) {
        const reaches = ref.reachesTherapies !== false;
        forEachReference(record, ref.path, (id, holder) => {
          const role =
            ref.role && "field" in ref.role
              ? String((holder as Record<string, unknown>)[ref.role.field] ?? "")
              : ref.role?.word;
          visit(from, { collection: ref.target, id, ...(role ? { role } : {}) }, reaches, collection);
          visit(key(ref.target, id), { collection, id: record.id, ...(role ? { role } : {}) }, reaches, ref.target);
        });
      }
    }
  }
}

const endKey = (end: LinkEnd) => `${end.collection}/${end.id}/${end.role ?? ""}`;

export function createLinks(dataset: Dataset): Links {
  let ends: Map<string, LinkEnd[]> | undefined;
  let reach: Map<string, Set<string>> | undefined;
  let therapyById: Map<string, Therapy> | undefined;

  // The full index, built on first use by a list, a filter or stats.
  const build = () => {
    const all = new Map<string, LinkEnd[]>();
    const reachIndex = new Map<string, Set<string>>();
    const seen = new Set<string>();
    walkLinks(dataset, COLLECTIONS, (from, end, reaches, fromCollection) => {
      const mark = `${from} ${endKey(end)}`;
      if (!seen.has(mark)) {
        seen.add(mark);
        const list = all.get(from);
        if (list) list.push(end);
        else all.set(from, [end]);
      }
      // A record reaches the therapies it names and the therapies that name it (the walk visits
      // each link from both ends); a therapy reaches itself, which therapiesOf answers directly.
      if (!reaches || fromCollection === "therapies" || end.collection !== "therapies") return;
      const set = reachIndex.get(from);
      if (set) set.add(end.id);
      else reachIndex.set(from, new Set([end.id]));
    });
    ends = all;
    reach = reachIndex;
  };

  // One record's links, without the full index: the same walk over only the collections that can
  // name it, so showing one record reads and indexes as little as it can. Each walk costs as much as
  // the index, though, so a caller that asks again (a page per record, the API warming a response
  // per record) gets the index: one walk in all instead of one per record, which grew with the
  // square of the records (docs/scale.md).
  let walked = false;
  const endsOf = (collection: CollectionName, id: string): LinkEnd[] => {
    if (!ends && walked) build();
    walked = true;
    if (ends) return ends.get(key(collection, id)) ?? [];
    const wanted = key(collection, id);
    const out: LinkEnd[] = [];
    const seen = new Set<string>();
    // No collection names its own records, so of the record's own collection only it is walked.
    const selfReferencing = REFERENCES[collection].some((r) => r.target === collection);
    walkLinks(
      dataset,
      touching(collection),
      (from, end) => {
        if (from !== wanted || seen.has(endKey(end))) return;
        seen.add(endKey(end));
        out.push(end);
      },
      selfReferencing ? undefined : { collection, id },
    );
    return out;
  };
  const therapy = (id: string) => {
    therapyById ??= new Map(dataset.therapies.map((t) => [t.id, t]));
    return therapyById.get(id);
  };

  const therapiesOf = (collection: CollectionName, id: string): Therapy[] => {
    if (collection === "therapies") {
      const t = therapy(id);
      return t ? [t] : [];
    }
    if (!reach) build();
    return [...(reach?.get(key(collection, id)) ?? [])].flatMap((tid) => therapy(tid) ?? []);
  };

  return {
    of: endsOf,
    idsOf: (collection, id, target) => [
      ...new Set(
        endsOf(collection, id)
          .filter((e) => e.collection === target)
          .map((e) => e.id),
      ),
    ],
    therapiesOf,
    trialAreas: (trial) => {
      if (trial.area) return [trial.area];
      return [...new Set(therapiesOf("trials", trial.id).flatMap((t) => t.indications.map((i) => i.area)))];
    },
  };
}
