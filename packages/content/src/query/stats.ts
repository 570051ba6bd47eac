import type { Dataset } from "../schema/index.ts";
import { AREAS, EVIDENCE_LEVELS, MODALITIES, STAGES, TRIAL_PHASES, TRIAL_STATUSES } from "../schema/values.ts";
import type { Links } from "./links.ts";
import { codeUnitOrder, furthestStage, furthestStageEvidence } from "./order.ts";
import type { Stats } from "./stats-schema.ts";

const countBy = <T>(items: readonly T[], keys: (t: T) => readonly string[]) => {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of new Set(keys(item))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
};

const byLevel = <T>(items: readonly T[], level: (t: T) => string | undefined) => {
  const counts = countBy(items, (t) => {
    const l = level(t);
    return l ? [l] : [];
  });
  return Object.fromEntries(EVIDENCE_LEVELS.map((l) => [l, counts.get(l) ?? 0])) as Record<
    (typeof EVIDENCE_LEVELS)[number],
    number
  >;
};

const yearOf = (date: string | undefined) => date?.slice(0, 4) ?? "unknown";

export function computeStats(d: Dataset, links: Links): Stats {
  const approvals = d.therapies.flatMap((t) => t.approvals);
  const claims = [...d.therapies, ...d.organizations, ...d.countries].flatMap((r) => r.claims);
  const figures = [...d.organizations, ...d.countries].flatMap((r) => r.figures);
  const trialAreas = new Map(d.trials.map((t) => [t.id, links.trialAreas(t)]));
  const areasOf = (trialId: string) => trialAreas.get(trialId) ?? [];
  const countryName = new Map(d.countries.map((c) => [c.id, c.name]));
  const oic = new Set(d.countries.filter((c) => c.oicMember).map((c) => c.id));

  const byArea = AREAS.map((area) => {
    const therapies = d.therapies.filter((t) => t.indications.some((i) => i.area === area));
    return {
      key: area,
      therapies: therapies.length,
      countries: new Set(therapies.flatMap((t) => t.countries)).size,
      trials: d.trials.filter((tr) => areasOf(tr.id).includes(area)).length,
      approvals: therapies.reduce((n, t) => n + t.approvals.length, 0),
    };
  });
  const modality = countBy(d.therapies, (t) => [t.modality]);
  const stage = countBy(d.therapies, (t) => [furthestStage(t.indications) ?? ""]);
  const tCountry = countBy(d.therapies, (t) => t.countries);
  const oCountry = countBy(d.organizations, (o) => [o.country]);
  const trCountry = countBy(d.trials, (t) => t.countries);
  const eCountry = countBy(d.events, (e) => e.countries);
  const therapyDates = d.therapies.flatMap((t) => t.approvals.map((a) => a.date));
  const years = new Set<string>([
    ...d.events.map((e) => yearOf(e.date)),
    ...therapyDates.map(yearOf),
    ...d.trials.flatMap((t) => (t.startDate ? [yearOf(t.startDate)] : [])),
  ]);
  const eYear = countBy(d.events, (e) => [yearOf(e.date)]);
  const aYear = countBy(therapyDates, (date) => [yearOf(date)]);
  const tYear = countBy(d.trials, (t) => (t.startDate ? [yearOf(t.startDate)] : []));

  const cube = new Map<string, number>();
  for (const t of d.trials) {
    const areas = areasOf(t.id);
    for (const country of new Set(t.countries))
      for (const area of areas.length > 0 ? areas : ["unknown"]) {
        const k = [country, area, t.phase, t.status, yearOf(t.startDate)].join("\t");
        cube.set(k, (cube.get(k) ?? 0) + 1);
      }
  }
  const trialYears = [...new Set(d.trials.map((t) => yearOf(t.startDate)))].sort(codeUnitOrder);
  const keyedCounts = (keys: readonly string[], counts: Map<string, number>) =>
    keys.map((key) => ({ key, trials: counts.get(key) ?? 0 }));

  return {
    totals: {
      therapies: d.therapies.length,
      organizations: d.organizations.length,
      countries: d.countries.length,
      oicMembers: oic.size,
      countriesWithProgrammes: tCountry.size,
      countriesWithTrials: [...trCountry.keys()].filter((c) => oic.has(c)).length,
      trials: d.trials.length,
      approvals: approvals.length,
      claims: claims.length,
      figures: figures.length,
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
    byYear: [...years].sort(codeUnitOrder).map((key) => ({
      key,
      events: eYear.get(key) ?? 0,
      approvals: aYear.get(key) ?? 0,
      trialStarts: tYear.get(key) ?? 0,
    })),
    evidence: {
      stages: byLevel(d.therapies, (t) => furthestStageEvidence(t.indications)),
      approvals: byLevel(approvals, (a) => a.evidence),
      events: byLevel(d.events, (e) => e.evidence),
      firsts: byLevel(
        d.events.filter((e) => e.kind === "first-in-country"),
        (e) => e.evidence,
      ),
      trials: byLevel(d.trials, (t) => t.evidence),
      claims: byLevel(claims, (c) => c.evidence),
      figures: byLevel(figures, (f) => f.evidence),
    },
    trials: {
      byCountry: [...trCountry]
        .map(([key, trials]) => ({ key, name: countryName.get(key) ?? key, trials }))
        .sort((a, b) => b.trials - a.trials || codeUnitOrder(a.key, b.key)),
      byArea: keyedCounts(
        AREAS,
        countBy(d.trials, (t) => areasOf(t.id)),
      ),
      byPhase: keyedCounts(
        TRIAL_PHASES,
        countBy(d.trials, (t) => [t.phase]),
      ),
      byStatus: keyedCounts(
        TRIAL_STATUSES,
        countBy(d.trials, (t) => [t.status]),
      ),
      byYear: trialYears.map((year) => {
        const inYear = d.trials.filter((t) => yearOf(t.startDate) === year);
        const areas = countBy(inYear, (t) => areasOf(t.id));
        return {
          key: year,
          trials: inYear.length,
          byArea: Object.fromEntries(AREAS.map((a) => [a, areas.get(a) ?? 0])) as Record<
            (typeof AREAS)[number],
            number
          >,
        };
      }),
      cube: [...cube]
        .sort(([a], [b]) => codeUnitOrder(a, b))
        .map(([k, trials]) => {
          const [country = "", area = "", phase = "", status = "", year = ""] = k.split("\t");
          return { country, area, phase, status, year, trials };
        }),
    },
  };
}
