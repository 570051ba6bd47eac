import { atlasOf } from "../atlas.ts";
import { out, terminalWidth, write, writeJson } from "../io.ts";

const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/** A horizontal bar of `value / max` of `width` cells, drawn in eighths of a block. */
export function bar(value: number, max: number, width: number): string {
  if (max <= 0 || value <= 0) return "";
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  return "█".repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

function chart(title: string, rows: { label: string; value: number }[]): string[] {
  const c = out();
  const labelWidth = Math.max(...rows.map((r) => r.label.length), 4);
  const max = Math.max(...rows.map((r) => r.value), 0);
  const countWidth = String(max).length;
  const barWidth = Math.max(10, Math.min(50, terminalWidth() - labelWidth - countWidth - 4));
  return [
    c.bold(title),
    ...rows.map(
      (r) =>
        `  ${r.label.padEnd(labelWidth)} ${String(r.value).padStart(countWidth)} ${c.cyan(bar(r.value, max, barWidth))}`,
    ),
    "",
  ];
}

export function runStats(opts: { json?: boolean; top?: string }): void {
  const stats = atlasOf().stats();
  if (opts.json) {
    writeJson(stats);
    return;
  }
  const top = Math.max(1, Number(opts.top ?? 15) || 15);
  const t = stats.totals;
  const lines = [
    `${t.therapies} therapies · ${t.organizations} organizations · ${t.countries} countries (${t.oicMembers} OIC members, ${t.countriesWithProgrammes} with programmes, ${t.countriesWithTrials} with trials) · ${t.trials} trials · ${t.approvals} approvals · ${t.claims} claims · ${t.events} events`,
    "",
    ...chart(
      "Therapies by area",
      stats.byArea.map((a) => ({ label: a.key, value: a.therapies })),
    ),
    ...chart(
      "Therapies by furthest stage",
      stats.byStage.map((s) => ({ label: s.key, value: s.therapies })),
    ),
    ...chart(
      `Therapies by country (top ${top})`,
      stats.byCountry
        .filter((c) => c.therapies > 0)
        .slice(0, top)
        .map((c) => ({ label: `${c.name} (${c.key})`, value: c.therapies })),
    ),
    ...chart(
      "Trials by area (a trial's own area, or its programme's)",
      stats.trials.byArea.map((a) => ({ label: a.key, value: a.trials })),
    ),
    ...chart(
      `Trials by country (top ${top})`,
      stats.trials.byCountry.slice(0, top).map((c) => ({ label: `${c.name} (${c.key})`, value: c.trials })),
    ),
    ...chart(
      "Trials by start year",
      stats.trials.byYear.map((y) => ({ label: y.key, value: y.trials })),
    ),
    ...chart(
      "Evidence for each therapy's furthest stage",
      Object.entries(stats.evidence.stages).map(([level, n]) => ({ label: level, value: n })),
    ),
  ];
  write(lines.join("\n").trimEnd());
}
