/**
 * The allowed values of every enum, as plain arrays. Kept free of zod so that code which only
 * reads records (the CLI's `show`, sorting by stage) does not pay for building schemas;
 * enums.ts turns each into a zod enum. Order matters: stages and phases sort in this order.
 */

/** The collection names, in the order of the dataset and of the docs. */
export const COLLECTIONS = ["therapies", "organizations", "countries", "trials", "events"] as const;

export const AREAS = ["cancer", "autoimmune", "regenerative", "blood-disorders", "neurological", "other"] as const;

export const MODALITIES = [
  "car-t",
  "tcr-t",
  "nk",
  "til",
  "dendritic",
  "msc",
  "hsc",
  "ipsc-derived",
  "keratinocyte",
  "fibroblast",
  "melanocyte",
  "limbal",
  "chondrocyte",
  "other",
] as const;

export const CELL_SOURCES = ["autologous", "allogeneic", "unknown"] as const;

export const STAGES = [
  "preclinical",
  "early-use",
  "phase-1",
  "phase-1-2",
  "phase-2",
  "phase-2-3",
  "phase-3",
  "approved",
  "in-clinical-use",
] as const;

export const STATUSES = ["active", "completed", "failed", "discontinued", "unknown"] as const;

export const ORGANIZATION_KINDS = [
  "research-institute",
  "hospital",
  "university",
  "company",
  "regulator",
  "government",
  "nonprofit",
] as const;

export const ORGANIZATION_ROLES = ["developer", "manufacturer", "sponsor", "clinical-site"] as const;

export const APPROVAL_KINDS = ["full", "conditional", "hospital-exemption", "other"] as const;

export const REGIONS = [
  "middle-east",
  "north-africa",
  "sub-saharan-africa",
  "central-asia",
  "south-asia",
  "southeast-asia",
  "europe",
  "south-america",
  "north-america",
  "east-asia",
  "oceania",
] as const;

export const EVENT_KINDS = [
  "first-in-country",
  "approval",
  "trial-start",
  "trial-result",
  "facility",
  "regulation",
  "funding",
  "agreement",
  "corporate",
  "milestone",
  "setback",
] as const;

export const TRIAL_REGISTRIES = [
  "clinicaltrials.gov",
  "irct",
  "pactr",
  "sctr",
  "lbctr",
  "ctri",
  "anzctr",
  "isrctn",
  "euctr",
  "chictr",
  "drks",
  "jrct",
  "other",
] as const;

export const STUDY_TYPES = ["interventional", "observational"] as const;

export const TRIAL_PHASES = [
  "early-phase-1",
  "phase-1",
  "phase-1-2",
  "phase-2",
  "phase-2-3",
  "phase-3",
  "phase-4",
  "not-applicable",
  "unknown",
] as const;

export const SOURCE_KINDS = [
  "registry",
  "regulator",
  "official",
  "journal",
  "news",
  "press-release",
  "own-site",
  "other",
] as const;

export const EVIDENCE_LEVELS = ["confirmed", "reported", "claimed"] as const;

export const CLAIM_STATUSES = ["unconfirmed", "disputed", "denied"] as const;

export const TRIAL_STATUSES = [
  "not-yet-recruiting",
  "recruiting",
  "active-not-recruiting",
  "enrolling-by-invitation",
  "completed",
  "terminated",
  "suspended",
  "withdrawn",
  "unknown",
] as const;
