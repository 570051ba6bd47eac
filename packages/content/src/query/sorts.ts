import type { CollectionName, RecordOf } from "../schema/index.ts";
import type { Links } from "./links.ts";
import { furthestStage, phaseOrder, sortText, stageOrder } from "./order.ts";

type Key = string | number | undefined;

/**
 * The orders a list can take, per collection, and the key each sorts by; the first is the
 * default. Like the filters, the query schemas and the CLI's --sort flag are derived from this.
 */
const sortsOf =
  <C extends CollectionName>() =>
  <T extends Record<string, (record: RecordOf<C>, links: Links) => Key>>(keys: T, defaultSort: string) => ({
    keys,
    defaultSort,
  });

const name = (r: { name: string }) => sortText(r.name);
const title = (r: { title: string }) => sortText(r.title);

export const SORTS = {
  therapies: sortsOf<"therapies">()(
    {
      name,
      stage: (t) => stageOrder(furthestStage(t.indications) ?? ""),
      lastReviewed: (t) => t.lastReviewed,
    },
    "name",
  ),
  organizations: sortsOf<"organizations">()({ name, country: (o) => o.country, founded: (o) => o.founded }, "name"),
  countries: sortsOf<"countries">()(
    { name, programmes: (c, links) => links.therapiesOf("countries", c.id).length },
    "name",
  ),
  trials: sortsOf<"trials">()(
    { startDate: (t) => t.startDate, title, phase: (t) => phaseOrder(t.phase), enrollment: (t) => t.enrollment },
    "-startDate",
  ),
  events: sortsOf<"events">()({ date: (e) => e.date, title }, "-date"),
} as const;

export type SortField<C extends CollectionName> = keyof (typeof SORTS)[C]["keys"] & string;
