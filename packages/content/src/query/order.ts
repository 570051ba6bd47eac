import { Stage, TrialPhase } from "../schema/enums.ts";

const stageRank = new Map(Stage.options.map((s, i) => [s, i]));
const phaseRank = new Map(TrialPhase.options.map((s, i) => [s, i]));

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

type Key = string | number | undefined;

/** Compares with undefined last, whatever the direction, so records missing a field sink. */
export function compareKeys(a: Key, b: Key, descending: boolean): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const c = typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b));
  return descending ? -c : c;
}
