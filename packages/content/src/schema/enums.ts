import { z } from "zod";

export const Area = z.enum(["cancer", "autoimmune", "regenerative", "blood-disorders", "neurological", "other"]);
export const Modality = z.enum([
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
]);
export const CellSource = z.enum(["autologous", "allogeneic", "unknown"]);
export const Stage = z.enum([
  "preclinical",
  "phase-1",
  "phase-1-2",
  "phase-2",
  "phase-2-3",
  "phase-3",
  "approved",
  "in-clinical-use",
]);
export const Status = z.enum(["active", "completed", "failed", "discontinued", "unknown"]);
export const OrganizationKind = z.enum([
  "research-institute",
  "hospital",
  "university",
  "company",
  "regulator",
  "government",
  "nonprofit",
]);
export const OrganizationRole = z.enum(["developer", "manufacturer", "sponsor", "clinical-site"]);
export const ApprovalKind = z.enum(["full", "conditional", "hospital-exemption", "other"]);
export const Region = z.enum([
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
]);
export const EventKind = z.enum([
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
]);
export const TrialRegistry = z.enum([
  "clinicaltrials.gov",
  "irct",
  "ctri",
  "anzctr",
  "isrctn",
  "euctr",
  "chictr",
  "other",
]);
export const TrialPhase = z.enum([
  "early-phase-1",
  "phase-1",
  "phase-1-2",
  "phase-2",
  "phase-2-3",
  "phase-3",
  "phase-4",
  "not-applicable",
  "unknown",
]);
export const TrialStatus = z.enum([
  "not-yet-recruiting",
  "recruiting",
  "active-not-recruiting",
  "enrolling-by-invitation",
  "completed",
  "terminated",
  "suspended",
  "withdrawn",
  "unknown",
]);

export type Area = z.infer<typeof Area>;
export type Modality = z.infer<typeof Modality>;
export type Stage = z.infer<typeof Stage>;
export type Status = z.infer<typeof Status>;
export type CellSource = z.infer<typeof CellSource>;
export type EventKind = z.infer<typeof EventKind>;
