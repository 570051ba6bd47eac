import { STAGES, TRIAL_PHASES } from "../schema/values.ts";

const stageRank = new Map(STAGES.map((s, i) => [s, i]));
const phaseRank = new Map(TRIAL_PHASES.map((s, i) => [s, i]));

export function stageOrder(stage: string): number {
  return stageRank.get(stage as never) ?? -1;
}

export function phaseOrder(phase: string): number {
  return phaseRank.get(phase as never) ?? -1;
}

/** The furthest stage a therapy reached across its indications. */
export function furthestStage(indications: readonly { stage: string }[]): string | undefined {
  let best: string | undefined;
  for (const i of indications) if (best === undefined || stageOrder(i.stage) > stageOrder(best)) best = i.stage;
  return best;
}

/**
 * The form a name sorts by: accents and case removed, so "Çukurova" files under c. Keys then
 * compare by code unit. ICU collation (localeCompare) gives the same order on the atlas's names
 * (a test checks this on the real data) but its first use costs about as much as everything else
 * a CLI `list` does. The accents removed are the combining diacritical marks (U+0300–U+036F) that
 * Latin-script names decompose into; a \p{M} pattern would cover every script but costs a few
 * milliseconds to build.
 */
export function sortText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

type Key = string | number | undefined;

/** Compares with undefined last, whatever the direction, so records missing a field sink. */
export function compareKeys(a: Key, b: Key, descending: boolean): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const c = typeof a === "number" && typeof b === "number" ? a - b : codeUnitOrder(String(a), String(b));
  return descending ? -c : c;
}

/** Plain string order; ids, dates and sort keys are made to sort correctly by it. */
export const codeUnitOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const evidenceRank: Record<string, number> = { confirmed: 0, reported: 1, claimed: 2 };

/** The evidence for a therapy's furthest stage: the best among its indications at that stage. */
export function furthestStageEvidence(indications: readonly { stage: string; evidence: string }[]): string | undefined {
  const stage = furthestStage(indications);
  let best: string | undefined;
  for (const i of indications)
    if (i.stage === stage && (best === undefined || (evidenceRank[i.evidence] ?? 9) < (evidenceRank[best] ?? 9)))
      best = i.evidence;
  return best;
}
