import { z } from "zod";
import { EVIDENCE_LEVELS } from "./values.ts";

export const EvidenceLevel = z
  .enum(EVIDENCE_LEVELS)
  .describe(
    "Derived at build from the kinds of the sources, never written by hand: confirmed (a registry, regulator, official record or peer-reviewed journal), reported (independent news), claimed (the organization's own words, or pages of unknown standing).",
  );

export type EvidenceLevel = z.infer<typeof EvidenceLevel>;

/** The field a published record carries beside each fact whose weight readers need to see. */
export const withEvidence = { evidence: EvidenceLevel };
