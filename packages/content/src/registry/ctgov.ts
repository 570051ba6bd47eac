import type { RegistryRecord } from "./record.ts";
import { registryOfId } from "./record.ts";

// ClinicalTrials.gov API v2 study JSON (https://clinicaltrials.gov/data-api/about-api/study-data-structure):
// the fields below are the ones the atlas records; everything else in a study is ignored.
interface Study {
  protocolSection?: {
    identificationModule?: {
      nctId?: string;
      briefTitle?: string;
      officialTitle?: string;
      secondaryIdInfos?: { id?: string; type?: string; domain?: string }[];
    };
    statusModule?: {
      overallStatus?: string;
      startDateStruct?: { date?: string };
      completionDateStruct?: { date?: string };
    };
    sponsorCollaboratorsModule?: { leadSponsor?: { name?: string } };
    conditionsModule?: { conditions?: string[] };
    designModule?: { studyType?: string; phases?: string[]; enrollmentInfo?: { count?: number } };
    contactsLocationsModule?: { locations?: { country?: string }[] };
  };
}

const STATUS: Record<string, RegistryRecord["status"]> = {
  NOT_YET_RECRUITING: "not-yet-recruiting",
  RECRUITING: "recruiting",
  ACTIVE_NOT_RECRUITING: "active-not-recruiting",
  ENROLLING_BY_INVITATION: "enrolling-by-invitation",
  COMPLETED: "completed",
  TERMINATED: "terminated",
  SUSPENDED: "suspended",
  WITHDRAWN: "withdrawn",
  UNKNOWN: "unknown",
};

/** A study's phases as one atlas phase: ["PHASE1","PHASE2"] is phase 1/2. */
function phaseOf(phases: readonly string[] | undefined): RegistryRecord["phase"] | "unmapped" {
  // A record that states no phases says nothing about its phase (not even "unknown").
  if (phases === undefined) return undefined;
  const key = [...phases].sort().join("+");
  const map: Record<string, RegistryRecord["phase"]> = {
    "": "unknown",
    EARLY_PHASE1: "early-phase-1",
    PHASE1: "phase-1",
    "PHASE1+PHASE2": "phase-1-2",
    PHASE2: "phase-2",
    "PHASE2+PHASE3": "phase-2-3",
    PHASE3: "phase-3",
    PHASE4: "phase-4",
    NA: "not-applicable",
  };
  return map[key] ?? "unmapped";
}

/** One ClinicalTrials.gov API v2 study, or throws an Error that says what is missing. */
export function parseCtgovStudy(json: unknown): RegistryRecord {
  const p = (json as Study | undefined)?.protocolSection;
  const id = p?.identificationModule;
  if (!id?.nctId)
    throw new Error("not a ClinicalTrials.gov API v2 study: protocolSection.identificationModule.nctId is missing");
  const unmapped: string[] = [];
  const design = p?.designModule;
  const phase = phaseOf(design?.phases);
  if (phase === "unmapped") unmapped.push(`phases: ${design?.phases?.join(", ")}`);
  const rawStatus = p?.statusModule?.overallStatus;
  const status = rawStatus ? STATUS[rawStatus] : undefined;
  if (rawStatus && !status) unmapped.push(`overallStatus: ${rawStatus}`);
  const type = design?.studyType?.toLowerCase();
  const studyType = type === "interventional" || type === "observational" ? type : undefined;
  if (design?.studyType && !studyType) unmapped.push(`studyType: ${design.studyType}`);
  const secondaryIds: RegistryRecord["secondaryIds"] = [];
  for (const s of id.secondaryIdInfos ?? []) {
    const registry = s.id ? registryOfId(s.id) : undefined;
    if (registry && s.id) secondaryIds.push({ registry, id: s.id.trim() });
    else if (s.id) unmapped.push(`secondaryIdInfos: ${s.id}${s.domain ? ` (${s.domain})` : ""}`);
  }
  const title = id.officialTitle ?? id.briefTitle ?? "";
  return {
    registry: "clinicaltrials.gov",
    registryId: id.nctId,
    title,
    ...(id.briefTitle && id.briefTitle !== title ? { briefTitle: id.briefTitle } : {}),
    ...(studyType ? { studyType } : {}),
    ...(phase !== "unmapped" && phase !== undefined ? { phase } : {}),
    ...(status ? { status } : {}),
    ...(p?.sponsorCollaboratorsModule?.leadSponsor?.name
      ? { sponsorName: p.sponsorCollaboratorsModule.leadSponsor.name }
      : {}),
    countryNames: [
      ...new Set((p?.contactsLocationsModule?.locations ?? []).flatMap((l) => (l.country ? [l.country] : []))),
    ],
    conditions: p?.conditionsModule?.conditions ?? [],
    ...(typeof design?.enrollmentInfo?.count === "number" ? { enrollment: design.enrollmentInfo.count } : {}),
    ...(p?.statusModule?.startDateStruct?.date ? { startDate: p.statusModule.startDateStruct.date } : {}),
    ...(p?.statusModule?.completionDateStruct?.date
      ? { completionDate: p.statusModule.completionDateStruct.date }
      : {}),
    secondaryIds,
    url: `https://clinicaltrials.gov/study/${id.nctId}`,
    unmapped,
  };
}

/** The studies in a file: one study, or an API search response ({ studies: [...] }). */
export function ctgovStudies(json: unknown): unknown[] {
  if (json && typeof json === "object" && Array.isArray((json as { studies?: unknown }).studies))
    return (json as { studies: unknown[] }).studies;
  return [json];
}
