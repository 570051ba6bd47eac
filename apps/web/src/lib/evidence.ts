import type { EvidenceLevel } from "@cell-atlas/content";

/**
 * The mark the site shows with an evidence level (never colour alone). The level itself is derived
 * by the content package from the kinds of a fact's sources and published with the record; the
 * site only reads it. Its label is the enum label `evidence`, its explanation the catalogue's
 * `Record.evidence.explain.<level>`.
 */
export const EVIDENCE_MARK: Readonly<Record<EvidenceLevel, string>> = {
  confirmed: "●",
  reported: "◐",
  claimed: "○",
};

/** Where the site explains how levels are set (an English path: `Link` adds the locale). */
export const EVIDENCE_HELP = "/about/#evidence-levels";
