import type { CollectionName, Dataset } from "../schema/index.ts";

export interface RelatedRef {
  id: string;
  name: string;
  /** The role an organization plays for a therapy, when there is one. */
  role?: string;
}

/** References resolved one level, both the ones a record names and the ones that name it. */
export type Related = Partial<Record<CollectionName, RelatedRef[]>>;

const uniq = (refs: RelatedRef[]): RelatedRef[] => {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.id}/${r.role ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

export function resolveRelated(
  dataset: Dataset,
  collection: CollectionName,
  id: string,
  nameOf: (c: CollectionName, id: string) => string,
): Related {
  const ref = (c: CollectionName) => (rid: string) => ({ id: rid, name: nameOf(c, rid) });
  const out: Related = {};
  const set = (c: CollectionName, refs: RelatedRef[]) => {
    const list = uniq(refs);
    if (list.length > 0) out[c] = list;
  };
  const eventsWhere = (pred: (e: Dataset["events"][number]) => boolean) =>
    dataset.events.filter(pred).map((e) => ({ id: e.id, name: e.title }));

  switch (collection) {
    case "therapies": {
      const t = dataset.therapies.find((x) => x.id === id);
      if (!t) return out;
      set(
        "organizations",
        t.organizations.map((o) => ({ ...ref("organizations")(o.id), role: o.role })),
      );
      set("countries", [...t.countries, ...t.approvals.map((a) => a.country)].map(ref("countries")));
      set(
        "trials",
        [...t.trials, ...dataset.trials.filter((x) => x.therapy === id).map((x) => x.id)].map(ref("trials")),
      );
      set(
        "events",
        eventsWhere((e) => e.therapies.includes(id)),
      );
      break;
    }
    case "organizations": {
      const o = dataset.organizations.find((x) => x.id === id);
      if (!o) return out;
      set("countries", [ref("countries")(o.country)]);
      set(
        "therapies",
        dataset.therapies.flatMap((t) =>
          t.organizations.filter((x) => x.id === id).map((x) => ({ id: t.id, name: t.name, role: x.role })),
        ),
      );
      set(
        "trials",
        dataset.trials.filter((t) => t.sponsor === id).map((t) => ({ id: t.id, name: t.title })),
      );
      set(
        "events",
        eventsWhere((e) => e.organizations.includes(id)),
      );
      break;
    }
    case "countries": {
      const c = dataset.countries.find((x) => x.id === id);
      if (!c) return out;
      set(
        "organizations",
        [...c.regulators, ...dataset.organizations.filter((o) => o.country === id).map((o) => o.id)].map(
          ref("organizations"),
        ),
      );
      set(
        "therapies",
        dataset.therapies.filter((t) => t.countries.includes(id)).map((t) => ({ id: t.id, name: t.name })),
      );
      set(
        "trials",
        dataset.trials.filter((t) => t.countries.includes(id)).map((t) => ({ id: t.id, name: t.title })),
      );
      set(
        "events",
        eventsWhere((e) => e.countries.includes(id)),
      );
      break;
    }
    case "trials": {
      const t = dataset.trials.find((x) => x.id === id);
      if (!t) return out;
      const therapyIds = [t.therapy, ...dataset.therapies.filter((x) => x.trials.includes(id)).map((x) => x.id)].filter(
        (x): x is string => !!x,
      );
      set("therapies", therapyIds.map(ref("therapies")));
      if (t.sponsor) set("organizations", [{ ...ref("organizations")(t.sponsor), role: "sponsor" }]);
      set("countries", t.countries.map(ref("countries")));
      break;
    }
    case "events": {
      const e = dataset.events.find((x) => x.id === id);
      if (!e) return out;
      set("countries", e.countries.map(ref("countries")));
      set("organizations", e.organizations.map(ref("organizations")));
      set("therapies", e.therapies.map(ref("therapies")));
      break;
    }
  }
  return out;
}
