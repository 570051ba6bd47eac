import type { Country, Event, Organization, Therapy, Trial } from "@cell-atlas/content";

/**
 * Examples shown in /openapi.json and /docs. Written by hand (not read from the dataset) so the
 * committed OpenAPI snapshot changes only when the API does; a test parses each with its schema.
 */
const source = {
  url: "https://clinicaltrials.gov/study/NCT03280056",
  title: "Efficacy, Safety and Biomarkers of MSC-NTF Cells (NurOwn) in ALS",
  publisher: "ClinicalTrials.gov",
  accessed: "2026-11-24",
  kind: "registry" as const,
};

export const exampleTherapy: Therapy = {
  id: "nurown",
  sources: [source],
  lastReviewed: "2026-11-24",
  name: "NurOwn",
  names: {},
  aliases: ["MSC-NTF", "debamestrocel"],
  modality: "msc",
  cellSource: "autologous",
  tissueOrigin: "bone marrow",
  targets: [],
  organizations: [{ id: "brainstorm-cell-therapeutics", role: "developer" }],
  countries: ["us"],
  indications: [
    {
      condition: "amyotrophic lateral sclerosis (ALS)",
      area: "neurological",
      stage: "phase-3",
      status: "failed",
      note: "Phase 3 trial NCT03280056 did not meet its primary endpoint (2020).",
      evidence: "confirmed",
    },
  ],
  approvals: [],
  claims: [],
  trials: ["nct03280056"],
  summary: "The patient's own bone-marrow mesenchymal stem cells, induced to secrete neurotrophic factors.",
  notes: [],
};

export const exampleOrganization: Organization = {
  id: "brainstorm-cell-therapeutics",
  sources: [{ ...source, url: "https://www.brainstorm-cell.com/", title: "BrainStorm", kind: "own-site" }],
  lastReviewed: "2026-11-24",
  name: "BrainStorm Cell Therapeutics",
  names: {},
  aliases: ["BrainStorm"],
  kind: "company",
  country: "us",
  city: "New York",
  summary: "Company developing NurOwn.",
  notes: [],
  figures: [],
  claims: [],
};

export const exampleCountry: Country = {
  id: "sa",
  sources: [
    {
      ...source,
      url: "https://www.oic-oci.org/states/?lan=en",
      title: "Member States",
      publisher: "Organisation of Islamic Cooperation",
      kind: "official",
    },
  ],
  lastReviewed: "2026-11-24",
  name: "Saudi Arabia",
  names: {},
  oicMember: true,
  region: "middle-east",
  regulators: ["sfda"],
  summary: "OIC member state.",
  figures: [],
  claims: [],
  coverage: {
    searched: "2026-11-30",
    registries: ["clinicaltrials.gov", "sctr"],
    note: "Searched by sponsor and hospital names.",
    trialsRecorded: 3,
  },
};

export const exampleTrial: Trial = {
  id: "nct03280056",
  sources: [source],
  lastReviewed: "2026-11-24",
  registry: "clinicaltrials.gov",
  registryId: "NCT03280056",
  secondaryIds: [],
  studyType: "interventional",
  title: "Efficacy, Safety and Biomarkers of MSC-NTF Cells (NurOwn) in ALS",
  phase: "phase-3",
  status: "completed",
  therapy: "nurown",
  sponsor: "brainstorm-cell-therapeutics",
  countries: ["us"],
  conditions: ["amyotrophic lateral sclerosis"],
  enrollment: 196,
  startDate: "2017-08",
  url: "https://clinicaltrials.gov/study/NCT03280056",
  evidence: "confirmed",
};

export const exampleEvent: Event = {
  id: "2023-09-nurown-fda-advisory-committee",
  sources: [source],
  lastReviewed: "2026-11-24",
  date: "2023-09-27",
  kind: "setback",
  title: "FDA advisory committee votes against NurOwn for ALS",
  summary: "The advisory committee voted 17 to 1 that effectiveness had not been shown.",
  countries: ["us"],
  organizations: ["brainstorm-cell-therapeutics"],
  therapies: ["nurown"],
  notes: [],
  evidence: "confirmed",
};

export const exampleRecords = {
  therapies: exampleTherapy,
  organizations: exampleOrganization,
  countries: exampleCountry,
  trials: exampleTrial,
  events: exampleEvent,
} as const;

export const exampleDataVersion = "f3ac3b240425";
