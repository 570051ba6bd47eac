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
import type { EnumName } from "@cell-atlas/content/i18n";
import { createTranslator } from "next-intl";
import type { Messages } from "@/i18n/en";
import { type Format, formatter } from "@/i18n/format";
import { messagesFor } from "@/i18n/messages";
import { atlas, idsMatching } from "@/lib/data";
import type { Facet, FacetOption } from "@/lib/filters";

/** A facet's name as the form shows it: a key of the `Lists.facets` messages. */
export type FacetLabel = keyof Messages["Lists"]["facets"];

/** How a facet's options are named: an enum's labels, an area's title, a country's name, or a year. */
export type OptionNames = EnumName | "areaTitle" | "country" | "year";

/** A facet that knows how to name itself and its options, so it can be shown in any locale. */
export interface LabelledFacet extends Facet {
  labelKey: FacetLabel;
  names: OptionNames;
}

/**
 * The facets' labels in a locale: the facet's name from the messages, enum values by their
 * labels, areas by their titles, countries by their CLDR names (sorted in the locale's order),
 * years in the locale's digits. Facets without naming data are returned as they are.
 */
export function localizeFacets<F extends Facet>(facets: readonly F[], f: Format): F[] {
  const t = createTranslator({ locale: f.locale, messages: messagesFor(f.locale) });
  const nameOf = (names: OptionNames, value: string): string => {
    switch (names) {
      case "areaTitle":
        return t(`Area.${value as Area}.title`);
      case "country":
        return f.country(value, atlas().nameOf("countries", value) || value);
      case "year":
        return f.date(value);
      default:
        return f.label(names, value);
    }
  };
  return facets.map((facet) => {
    if (!("names" in facet) || !("labelKey" in facet)) return facet;
    const { names, labelKey } = facet as unknown as LabelledFacet;
    const options = facet.options.map((o) => ({ ...o, label: nameOf(names, o.value) }));
    if (names === "country") options.sort((a, b) => a.label.localeCompare(b.label, f.locale));
    return { ...facet, label: t(`Lists.facets.${labelKey}`), options };
  });
}

/**
 * One option per value, each with the ids the content query module admits for it (the same
 * `atlas.list` the API answers with), so the site and the API agree on what a filter matches.
 */
function options<C extends CollectionName>(
  collection: C,
  name: string,
  values: readonly { value: string; input?: unknown }[],
  { dropEmpty = false } = {},
): FacetOption[] {
  return values
    .map((v) => ({
      value: v.value,
      label: v.value,
      ids: idsMatching(collection, { [name]: v.input ?? v.value } as QueryInput[C]),
    }))
    .filter((o) => !dropEmpty || o.ids.length > 0);
}

const facet = (name: string, labelKey: FacetLabel, names: OptionNames, opts: FacetOption[]): LabelledFacet => ({
  name,
  label: labelKey,
  labelKey,
  names,
  options: opts,
});

const enumValues = (values: readonly string[]) => values.map((value) => ({ value }));

/** Countries a collection's records name. */
const countriesIn = (ids: Iterable<string>) => [...new Set(ids)].map((value) => ({ value }));

const evidenceValues = enumValues(EVIDENCE_LEVELS);

/** The therapies page's filters; labels in `f`'s locale (English by default). */
export function therapyFacets(f: Format = formatter("en")): LabelledFacet[] {
  const countries = countriesIn(atlas().dataset.therapies.flatMap((t) => t.countries));
  return localizeFacets(
    [
      facet("area", "area", "areaTitle", options("therapies", "area", enumValues(Area.options))),
      facet("modality", "modality", "modality", options("therapies", "modality", enumValues(Modality.options))),
      facet("country", "country", "country", options("therapies", "country", countries)),
      facet("stage", "stage", "stage", options("therapies", "stage", enumValues(Stage.options))),
      facet("status", "status", "status", options("therapies", "status", enumValues(Status.options))),
      facet("evidence", "furthestEvidence", "evidence", options("therapies", "evidence", evidenceValues)),
    ],
    f,
  );
}

/** The timeline's filters; labels in `f`'s locale (English by default). */
export function eventFacets(f: Format = formatter("en")): LabelledFacet[] {
  const events = atlas().dataset.events;
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))].sort().reverse();
  const countries = countriesIn(events.flatMap((e) => e.countries));
  return localizeFacets(
    [
      facet(
        "year",
        "year",
        "year",
        years.map((y) => ({ value: y, label: y, ids: idsMatching("events", { from: y, to: y }) })),
      ),
      facet("country", "country", "country", options("events", "country", countries)),
      facet("kind", "kind", "eventKind", options("events", "kind", enumValues(EventKind.options))),
      facet("evidence", "evidence", "evidence", options("events", "evidence", evidenceValues)),
    ],
    f,
  );
}

/** The trials page's filters: where, what for, how far, which cells, when, and on what evidence. */
export function trialFacets(f: Format = formatter("en")): LabelledFacet[] {
  const trials = atlas().dataset.trials;
  const countries = countriesIn(trials.flatMap((t) => t.countries));
  const years = [...new Set(trials.flatMap((t) => (t.startDate ? [t.startDate.slice(0, 4)] : [])))].sort().reverse();
  return localizeFacets(
    [
      facet("country", "country", "country", options("trials", "country", countries)),
      facet("area", "area", "areaTitle", options("trials", "area", enumValues(Area.options), { dropEmpty: true })),
      facet("phase", "phase", "phase", options("trials", "phase", enumValues(TrialPhase.options), { dropEmpty: true })),
      facet(
        "status",
        "status",
        "trialStatus",
        options("trials", "status", enumValues(TrialStatus.options), { dropEmpty: true }),
      ),
      facet(
        "modality",
        "cellType",
        "modality",
        options("trials", "modality", enumValues(Modality.options), { dropEmpty: true }),
      ),
      facet(
        "year",
        "startYear",
        "year",
        options(
          "trials",
          "year",
          years.map((y) => ({ value: y, input: Number(y) })),
        ),
      ),
      facet("evidence", "evidence", "evidence", options("trials", "evidence", evidenceValues)),
    ],
    f,
  );
}
