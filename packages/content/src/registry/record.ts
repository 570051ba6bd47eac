import type { TRIAL_PHASES, TRIAL_REGISTRIES, TRIAL_STATUSES } from "../schema/values.ts";

type Registry = (typeof TRIAL_REGISTRIES)[number];

/**
 * A registry record reduced to what the atlas records of a trial, with the registry's own words
 * kept where they could not be mapped (`unmapped`), so an importer can say what it left out.
 */
export interface RegistryRecord {
  /** The registry the record comes from, and its id there as the registry writes it. */
  registry: Registry;
  registryId: string;
  /** The official (scientific) title, else the public one. */
  title: string;
  /** The short or public title, when the record has one apart from the official title. */
  briefTitle?: string;
  studyType?: "interventional" | "observational";
  phase?: (typeof TRIAL_PHASES)[number];
  status?: (typeof TRIAL_STATUSES)[number];
  sponsorName?: string;
  /** Site countries as the registry names them. */
  countryNames: string[];
  conditions: string[];
  enrollment?: number;
  startDate?: string;
  completionDate?: string;
  /** The same study's ids in other registries. */
  secondaryIds: { registry: Registry; id: string }[];
  /** The canonical page of the record. */
  url: string;
  /** Fields the record has that could not be mapped onto the atlas's values, as "field: value". */
  unmapped: string[];
}

/** Which registry an id belongs to, from its prefix; undefined when it is not a registry id. */
export function registryOfId(id: string): Registry | undefined {
  const s = id.trim().toUpperCase();
  if (/^NCT\d{8}$/.test(s)) return "clinicaltrials.gov";
  if (/^IRCT\d/.test(s)) return "irct";
  if (/^PACTR\d/.test(s)) return "pactr";
  if (/^ISRCTN\d/.test(s)) return "isrctn";
  if (/^ACTRN\d/.test(s)) return "anzctr";
  if (/^CHICTR/.test(s)) return "chictr";
  if (/^CTRI\//.test(s)) return "ctri";
  if (/^DRKS\d/.test(s)) return "drks";
  if (/^JRCT/.test(s)) return "jrct";
  if (/^\d{4}-\d{6}-\d{2}$/.test(s)) return "euctr";
  return undefined;
}

/** The atlas's trial id for a registry id: lower case, with what is not a letter or digit dropped. */
export const trialIdOf = (registryId: string) => registryId.toLowerCase().replace(/[^a-z0-9]+/g, "");
