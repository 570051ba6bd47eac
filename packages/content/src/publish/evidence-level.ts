import type { EVIDENCE_LEVELS, SOURCE_KINDS } from "../schema/values.ts";

export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];
type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * What each kind of page can establish. A registry, a regulator, an official record or a
 * peer-reviewed journal confirms; an independent outlet reports; the organization's own words
 * (and pages of unknown standing) only claim.
 */
export const LEVEL_OF_KIND: Readonly<Record<SourceKind, EvidenceLevel>> = {
  registry: "confirmed",
  regulator: "confirmed",
  official: "confirmed",
  journal: "confirmed",
  news: "reported",
  "press-release": "claimed",
  "own-site": "claimed",
  other: "claimed",
};

const RANK: Readonly<Record<EvidenceLevel, number>> = { confirmed: 0, reported: 1, claimed: 2 };

/** The strongest level any of the sources reaches: one registry record confirms a trial. */
export function evidenceOf(sources: readonly { kind: SourceKind }[]): EvidenceLevel {
  let best: EvidenceLevel = "claimed";
  for (const s of sources) {
    const level = LEVEL_OF_KIND[s.kind];
    if (RANK[level] < RANK[best]) best = level;
  }
  return best;
}
