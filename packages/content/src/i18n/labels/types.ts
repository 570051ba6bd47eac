import type {
  APPROVAL_KINDS,
  AREAS,
  CELL_SOURCES,
  CLAIM_STATUSES,
  EVENT_KINDS,
  EVIDENCE_LEVELS,
  MODALITIES,
  ORGANIZATION_KINDS,
  ORGANIZATION_ROLES,
  REGIONS,
  SOURCE_KINDS,
  STAGES,
  STATUSES,
  STUDY_TYPES,
  TRIAL_PHASES,
  TRIAL_REGISTRIES,
  TRIAL_STATUSES,
} from "../../schema/values.ts";

type Of<T extends readonly string[]> = Readonly<Record<T[number], string>>;

/**
 * A label for every value of every enum, in one language. Each catalogue is declared with this
 * type, so a missing or an unknown value fails the type check as well as the catalogue test.
 */
export interface EnumLabels {
  area: Of<typeof AREAS>;
  modality: Of<typeof MODALITIES>;
  cellSource: Of<typeof CELL_SOURCES>;
  stage: Of<typeof STAGES>;
  status: Of<typeof STATUSES>;
  organizationKind: Of<typeof ORGANIZATION_KINDS>;
  organizationRole: Of<typeof ORGANIZATION_ROLES>;
  approvalKind: Of<typeof APPROVAL_KINDS>;
  region: Of<typeof REGIONS>;
  eventKind: Of<typeof EVENT_KINDS>;
  registry: Of<typeof TRIAL_REGISTRIES>;
  studyType: Of<typeof STUDY_TYPES>;
  phase: Of<typeof TRIAL_PHASES>;
  trialStatus: Of<typeof TRIAL_STATUSES>;
  sourceKind: Of<typeof SOURCE_KINDS>;
  evidence: Of<typeof EVIDENCE_LEVELS>;
  claimStatus: Of<typeof CLAIM_STATUSES>;
}

export type EnumName = keyof EnumLabels;
