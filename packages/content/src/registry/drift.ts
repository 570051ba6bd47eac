import type { RecordOf } from "../schema/index.ts";
import { countryIdOf } from "./countries.ts";
import type { RegistryRecord } from "./record.ts";
import { trialIdOf } from "./record.ts";

type Trial = RecordOf<"trials">;

/** One field where the atlas and the registry record disagree. */
export interface Drift {
  trial: string;
  field: "status" | "phase" | "enrollment" | "startDate" | "completionDate" | "countries";
  atlas: unknown;
  registry: unknown;
}

/** The trial a registry record is about: by its id, its registry id, or a secondary id. */
export function trialFor(record: RegistryRecord, trials: readonly Trial[]): Trial | undefined {
  const key = trialIdOf(record.registryId);
  const ids = [key, ...record.secondaryIds.map((s) => trialIdOf(s.id))];
  return trials.find(
    (t) =>
      ids.includes(t.id) ||
      (t.registryId !== undefined && trialIdOf(t.registryId) === key) ||
      t.secondaryIds.some((s) => trialIdOf(s.id) === key),
  );
}

/**
 * Where a trial record no longer says what its registry record says: status, phase, enrolment,
 * dates and site countries. Fields the registry record leaves empty are not drift.
 */
export function driftOf(
  trial: Trial,
  record: RegistryRecord,
  countries: readonly { id: string; name: string }[],
): Drift[] {
  const out: Drift[] = [];
  const check = (field: Drift["field"], atlas: unknown, registry: unknown) => {
    if (registry === undefined) return;
    if (JSON.stringify(atlas) !== JSON.stringify(registry)) out.push({ trial: trial.id, field, atlas, registry });
  };
  check("status", trial.status, record.status);
  check("phase", trial.phase, record.phase);
  check("enrollment", trial.enrollment, record.enrollment);
  check("startDate", trial.startDate, record.startDate);
  check("completionDate", trial.completionDate, record.completionDate);
  const sites = record.countryNames.map((n) => countryIdOf(n, countries)).filter((c): c is string => c !== undefined);
  if (record.countryNames.length > 0 && sites.length === record.countryNames.length) {
    const registrySites = [...new Set(sites)].sort();
    check("countries", [...trial.countries].sort(), registrySites);
  }
  return out;
}
