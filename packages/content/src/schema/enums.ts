import { z } from "zod";
import {
  APPROVAL_KINDS,
  AREAS,
  CELL_SOURCES,
  EVENT_KINDS,
  MODALITIES,
  ORGANIZATION_KINDS,
  ORGANIZATION_ROLES,
  REGIONS,
  STAGES,
  STATUSES,
  STUDY_TYPES,
  TRIAL_PHASES,
  TRIAL_REGISTRIES,
  TRIAL_STATUSES,
} from "./values.ts";

export const Area = z.enum(AREAS);
export const Modality = z.enum(MODALITIES);
export const CellSource = z.enum(CELL_SOURCES);
export const Stage = z.enum(STAGES);
export const Status = z.enum(STATUSES);
export const OrganizationKind = z.enum(ORGANIZATION_KINDS);
export const OrganizationRole = z.enum(ORGANIZATION_ROLES);
export const ApprovalKind = z.enum(APPROVAL_KINDS);
export const Region = z.enum(REGIONS);
export const EventKind = z.enum(EVENT_KINDS);
export const TrialRegistry = z.enum(TRIAL_REGISTRIES);
export const TrialPhase = z.enum(TRIAL_PHASES);
export const TrialStatus = z.enum(TRIAL_STATUSES);
export const StudyType = z.enum(STUDY_TYPES);

export type Area = z.infer<typeof Area>;
export type Modality = z.infer<typeof Modality>;
export type Stage = z.infer<typeof Stage>;
export type Status = z.infer<typeof Status>;
export type CellSource = z.infer<typeof CellSource>;
export type EventKind = z.infer<typeof EventKind>;
