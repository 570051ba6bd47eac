import {
  Area,
  type CollectionName,
  EVIDENCE_LEVELS,
  EventKind,
  Modality,
  type QueryInput,
  Stage,
  Status,
  TrialPhase,
  TrialStatus,
} from "@cell-atlas/content";
import { AREAS } from "@/lib/areas";
import { atlas, idsMatching } from "@/lib/data";
import { EVIDENCE } from "@/lib/evidence";
import type { Facet, FacetOption } from "@/lib/filters";
import { label } from "@/lib/format";

const areaLabel = (a: string) => AREAS.find((x) => x.id === a)?.title ?? label(a);

/**
 * One option per value, each with the ids the content query module admits for it (the same
 * `atlas.list` the API answers with), so the site and the API agree on what a filter matches.
 */
function options<C extends CollectionName>(
  collection: C,
  name: string,
  values: readonly { value: string; label: string; input?: unknown }[],
  { dropEmpty = false } = {},
): FacetOption[] {
  return values
    .map((v) => ({
      value: v.value,
      label: v.label,
      ids: idsMatching(collection, { [name]: v.input ?? v.value } as QueryInput[C]),
    }))
    .filter((o) => !dropEmpty || o.ids.length > 0);
}

const enumValues = (values: readonly string[], labelOf: (v: string) => string = label) =>
  values.map((v) => ({ value: v, label: labelOf(v) }));

/** Countries a collection's records name, by name. */
function countriesIn(ids: Iterable<string>) {
  return [...new Set(ids)]
    .map((id) => ({ value: id, label: atlas().nameOf("countries", id) || id }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

const evidenceValues = EVIDENCE_LEVELS.map((v) => ({ value: v, label: EVIDENCE[v].label }));

export function therapyFacets(): Facet[] {
  const countries = countriesIn(atlas().dataset.therapies.flatMap((t) => t.countries));
  return [
    { name: "area", label: "Area", options: options("therapies", "area", enumValues(Area.options, areaLabel)) },
    { name: "modality", label: "Modality", options: options("therapies", "modality", enumValues(Modality.options)) },
    { name: "country", label: "Country", options: options("therapies", "country", countries) },
    { name: "stage", label: "Stage", options: options("therapies", "stage", enumValues(Stage.options)) },
    { name: "status", label: "Status", options: options("therapies", "status", enumValues(Status.options)) },
    {
      name: "evidence",
      label: "Evidence for furthest stage",
      options: options("therapies", "evidence", evidenceValues),
    },
  ];
}

export function eventFacets(): Facet[] {
  const events = atlas().dataset.events;
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))].sort().reverse();
  const countries = countriesIn(events.flatMap((e) => e.countries));
  return [
    {
      name: "year",
      label: "Year",
      options: years.map((y) => ({ value: y, label: y, ids: idsMatching("events", { from: y, to: y }) })),
    },
    { name: "country", label: "Country", options: options("events", "country", countries) },
    { name: "kind", label: "Kind", options: options("events", "kind", enumValues(EventKind.options)) },
    { name: "evidence", label: "Evidence", options: options("events", "evidence", evidenceValues) },
  ];
}

/** The trials page's filters: where, what for, how far, which cells, when, and on what evidence. */
export function trialFacets(): Facet[] {
  const trials = atlas().dataset.trials;
  const countries = countriesIn(trials.flatMap((t) => t.countries));
  const years = [...new Set(trials.flatMap((t) => (t.startDate ? [t.startDate.slice(0, 4)] : [])))].sort().reverse();
  return [
    { name: "country", label: "Country", options: options("trials", "country", countries) },
    {
      name: "area",
      label: "Area",
      options: options("trials", "area", enumValues(Area.options, areaLabel), { dropEmpty: true }),
    },
    {
      name: "phase",
      label: "Phase",
      options: options("trials", "phase", enumValues(TrialPhase.options), { dropEmpty: true }),
    },
    {
      name: "status",
      label: "Status",
      options: options("trials", "status", enumValues(TrialStatus.options), { dropEmpty: true }),
    },
    {
      name: "modality",
      label: "Cell type",
      options: options("trials", "modality", enumValues(Modality.options), { dropEmpty: true }),
    },
    {
      name: "year",
      label: "Start year",
      options: options(
        "trials",
        "year",
        years.map((y) => ({ value: y, label: y, input: Number(y) })),
      ),
    },
    { name: "evidence", label: "Evidence", options: options("trials", "evidence", evidenceValues) },
  ];
}
