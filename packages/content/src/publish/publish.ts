import type { CollectionName, Dataset, FileOf } from "../schema/index.ts";
import { evidenceOf } from "./evidence-level.ts";

export type RecordFiles = { [C in CollectionName]: FileOf<C>[] };

const withLevel = <T extends { sources: readonly { kind: Parameters<typeof evidenceOf>[0][number]["kind"] }[] }>(
  item: T,
) => ({ ...item, evidence: evidenceOf(item.sources) });

/**
 * The published shape of every record: what contributors wrote, plus what the build derives from
 * it (never typed by hand): the evidence level beside each approval, indication stage, claim,
 * figure, trial and event, and how many trials each country's coverage statement counts.
 */
export function publishRecords(files: RecordFiles): Omit<Dataset, "meta"> {
  const trialsPerCountry = new Map<string, number>();
  for (const t of files.trials)
    for (const c of new Set(t.countries)) trialsPerCountry.set(c, (trialsPerCountry.get(c) ?? 0) + 1);

  return {
    therapies: files.therapies.map((t) => {
      const approvals = t.approvals.map(withLevel);
      return {
        ...t,
        // An approved stage stands on its approvals; any other stage on the indication's own
        // sources, or the record's when it cites none of its own.
        indications: t.indications.map((i) => ({
          ...i,
          evidence:
            i.stage === "approved" && approvals.length > 0
              ? evidenceOf(approvals.flatMap((a) => a.sources))
              : evidenceOf(i.sources ?? t.sources),
        })),
        approvals,
        claims: t.claims.map(withLevel),
      };
    }),
    organizations: files.organizations.map((o) => ({
      ...o,
      figures: o.figures.map(withLevel),
      claims: o.claims.map(withLevel),
    })),
    countries: files.countries.map((c) => {
      const { coverage, ...rest } = c;
      return {
        ...rest,
        figures: c.figures.map(withLevel),
        claims: c.claims.map(withLevel),
        ...(coverage ? { coverage: { ...coverage, trialsRecorded: trialsPerCountry.get(c.id) ?? 0 } } : {}),
      };
    }),
    trials: files.trials.map(withLevel),
    events: files.events.map(withLevel),
  };
}
