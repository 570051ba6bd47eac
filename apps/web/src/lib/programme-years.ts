import type { Dataset } from "@cell-atlas/content";

/**
 * Therapies carry no start year, so a programme is dated by its first public record: the earliest
 * of its events, the start of its trials and its approvals. Programmes with none are left out.
 */
export function programmesByYear(
  d: Pick<Dataset, "therapies" | "trials" | "events">,
): { year: string; programmes: number }[] {
  const first = new Map<string, string>();
  const note = (therapy: string, date: string | undefined) => {
    if (!date) return;
    const year = date.slice(0, 4);
    const seen = first.get(therapy);
    if (!seen || year < seen) first.set(therapy, year);
  };
  const known = new Set(d.therapies.map((t) => t.id));
  for (const t of d.therapies) for (const a of t.approvals) note(t.id, a.date);
  for (const trial of d.trials) {
    const ids = [trial.therapy, ...d.therapies.filter((t) => t.trials.includes(trial.id)).map((t) => t.id)];
    for (const id of ids) if (id && known.has(id)) note(id, trial.startDate);
  }
  for (const e of d.events) for (const id of e.therapies) if (known.has(id)) note(id, e.date);
  const counts = new Map<string, number>();
  for (const year of first.values()) counts.set(year, (counts.get(year) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([year, programmes]) => ({ year, programmes }));
}
