import { type Dataset, getDataset } from "@cell-atlas/content";

type Trial = Dataset["trials"][number];

/**
 * Trial filters worked out straight from the published dataset, without the query module or its
 * links: what the site's filters must agree with. A trial's areas are its own `area`, else every
 * area of the programmes linked to it (the one it names, and those that list it).
 */
export function trialAreasDirect(d: Dataset, t: Trial): string[] {
  if (t.area) return [t.area];
  const programmes = d.therapies.filter((x) => x.id === t.therapy || x.trials.includes(t.id));
  return [...new Set(programmes.flatMap((x) => x.indications.map((i) => i.area)))];
}

export function trialsDirect(filters: { country?: string; area?: string; evidence?: string }): string[] {
  const d = getDataset();
  return d.trials
    .filter(
      (t) =>
        (!filters.country || t.countries.includes(filters.country)) &&
        (!filters.evidence || t.evidence === filters.evidence) &&
        (!filters.area || trialAreasDirect(d, t).includes(filters.area)),
    )
    .map((t) => t.id)
    .sort();
}

/** The filter the trials tests use: "which confirmed neurological trials had a site in Egypt". */
export const EG_NEURO_CONFIRMED = { country: "eg", area: "neurological", evidence: "confirmed" } as const;
