import type { Reader } from "@cell-atlas/content";

/**
 * Therapies carry no start year, so a programme is dated by its first public record: the earliest
 * of its events, the start of its trials and its approvals. Programmes with none are left out.
 * Which trials and events belong to a programme is read from the content package's links (the one
 * place links between records are computed), never worked out here.
 */
export function programmesByYear(a: Pick<Reader, "dataset" | "links" | "get">): { year: string; programmes: number }[] {
  const counts = new Map<string, number>();
  for (const t of a.dataset.therapies) {
    const dates: (string | undefined)[] = t.approvals.map((ap) => ap.date);
    for (const id of a.links.idsOf("therapies", t.id, "trials")) dates.push(a.get("trials", id)?.startDate);
    for (const id of a.links.idsOf("therapies", t.id, "events")) dates.push(a.get("events", id)?.date);
    const first = dates
      .filter((d): d is string => Boolean(d))
      .map((d) => d.slice(0, 4))
      .sort()[0];
    if (!first) continue;
    counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  return [...counts].sort(([x], [y]) => x.localeCompare(y)).map(([year, programmes]) => ({ year, programmes }));
}
