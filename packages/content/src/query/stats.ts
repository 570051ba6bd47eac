import type { Dataset } from "../schema/index.ts";
import { AREAS, MODALITIES, STAGES } from "../schema/values.ts";
import { furthestStage } from "./order.ts";
import type { Stats } from "./stats-schema.ts";

const countBy = <T>(items: readonly T[], keys: (t: T) => readonly string[]) => {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of new Set(keys(item))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
};

export function computeStats(d: Dataset): Stats {
  const approvals = d.therapies.flatMap((t) => t.approvals.map((a) => ({ ...a, therapy: t })));
  const byArea = AREAS.map((area) => {
    const therapies = d.therapies.filter((t) => t.indications.some((i) => i.area === area));
    const ids = new Set(therapies.map((t) => t.id));
    return {
      key: area,
      therapies: therapies.length,
      countries: new Set(therapies.flatMap((t) => t.countries)).size,
      trials: d.trials.filter(
        (tr) => (tr.therapy && ids.has(tr.therapy)) || therapies.some((t) => t.trials.includes(tr.id)),
      ).length,
      approvals: therapies.reduce((n, t) => n + t.approvals.length, 0),
    };
  });
  const modality = countBy(d.therapies, (t) => [t.modality]);
  const stage = countBy(d.therapies, (t) => [furthestStage(t.indications) ?? ""]);
  const tCountry = countBy(d.therapies, (t) => t.countries);
  const oCountry = countBy(d.organizations, (o) => [o.country]);
  const trCountry = countBy(d.trials, (t) => t.countries);
  const eCountry = countBy(d.events, (e) => e.countries);
  const years = new Set<string>([
    ...d.events.map((e) => e.date.slice(0, 4)),
    ...approvals.map((a) => a.date.slice(0, 4)),
    ...d.trials.flatMap((t) => (t.startDate ? [t.startDate.slice(0, 4)] : [])),
  ]);
  const eYear = countBy(d.events, (e) => [e.date.slice(0, 4)]);
  const aYear = countBy(approvals, (a) => [a.date.slice(0, 4)]);
  const tYear = countBy(d.trials, (t) => (t.startDate ? [t.startDate.slice(0, 4)] : []));

  return {
    totals: {
      therapies: d.therapies.length,
      organizations: d.organizations.length,
      countries: d.countries.length,
      oicMembers: d.countries.filter((c) => c.oicMember).length,
      countriesWithProgrammes: tCountry.size,
      trials: d.trials.length,
      approvals: approvals.length,
      events: d.events.length,
    },
    byArea,
    byModality: MODALITIES.map((key) => ({ key, therapies: modality.get(key) ?? 0 })),
    byStage: STAGES.map((key) => ({ key, therapies: stage.get(key) ?? 0 })),
    byCountry: d.countries
      .map((c) => ({
        key: c.id,
        name: c.name,
        oicMember: c.oicMember,
        therapies: tCountry.get(c.id) ?? 0,
        organizations: oCountry.get(c.id) ?? 0,
        trials: trCountry.get(c.id) ?? 0,
        events: eCountry.get(c.id) ?? 0,
      }))
      .sort((a, b) => b.therapies - a.therapies || a.name.localeCompare(b.name)),
    byYear: [...years].sort().map((key) => ({
      key,
      events: eYear.get(key) ?? 0,
      approvals: aYear.get(key) ?? 0,
      trialStarts: tYear.get(key) ?? 0,
    })),
  };
}
