import type { Area, CollectionName, Dataset, RecordOf } from "../schema/index.ts";
import { collectReferences, REFERENCES } from "../schema/references.ts";
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

export function createLinks(dataset: Dataset): Links {
  let ends: Map<string, LinkEnd[]> | undefined;
  let reach: Map<string, Set<string>> | undefined;
  let therapyById: Map<string, Therapy> | undefined;

  // Built on first use: a reader that only shows one record (the CLI's `show`) pays for one pass.
  const build = () => {
    ends = new Map();
    reach = new Map();
    const seen = new Set<string>();
    const add = (from: string, end: LinkEnd) => {
      const mark = `${from} ${end.collection}/${end.id}/${end.role ?? ""}`;
      if (seen.has(mark)) return;
      seen.add(mark);
      const list = ends?.get(from);
      if (list) list.push(end);
      else ends?.set(from, [end]);
    };
    const reaches = (from: string, therapyId: string) => {
      const set = reach?.get(from);
      if (set) set.add(therapyId);
      else reach?.set(from, new Set([therapyId]));
    };
    for (const collection of COLLECTIONS) {
      for (const record of dataset[collection]) {
        const from = key(collection, record.id);
        for (const ref of REFERENCES[collection]) {
          for (const { id, holder } of collectReferences(record, ref.path)) {
            const role =
              ref.role && "field" in ref.role
                ? String((holder as Record<string, unknown>)[ref.role.field] ?? "")
                : ref.role?.word;
            add(from, { collection: ref.target, id, ...(role ? { role } : {}) });
            add(key(ref.target, id), { collection, id: record.id, ...(role ? { role } : {}) });
            if (ref.reachesTherapies === false) continue;
            if (collection === "therapies") reaches(key(ref.target, id), record.id);
            if (ref.target === "therapies") reaches(from, id);
          }
        }
      }
    }
    return ends;
  };
  const endsOf = (collection: CollectionName, id: string) => (ends ?? build()).get(key(collection, id)) ?? [];
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
