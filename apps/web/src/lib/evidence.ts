import type { EvidenceLevel } from "@cell-atlas/content";

/**
 * How the site shows an evidence level. The level itself is derived by the content package from
 * the kinds of a fact's sources and published with the record; the site only reads it.
 */
export const EVIDENCE: Readonly<Record<EvidenceLevel, { label: string; mark: string; explain: string }>> = {
  confirmed: {
    label: "Confirmed",
    mark: "●",
    explain: "a registry, regulator, official record or peer-reviewed journal shows it",
  },
  reported: {
    label: "Reported",
    mark: "◐",
    explain: "independent news reports it; no confirmed source seen",
  },
  claimed: {
    label: "Claimed",
    mark: "○",
    explain: "only the organization's own words, or pages of unknown standing, say so",
  },
};

/** Where the site explains how levels are set. */
export const EVIDENCE_HELP = "/about/#evidence-levels";
