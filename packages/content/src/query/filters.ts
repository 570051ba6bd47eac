import { z } from "zod";
import { PartialDate } from "../schema/dates.ts";
import {
  Area,
  CellSource,
  EventKind,
  Modality,
  OrganizationKind,
  Region,
  Stage,
  Status,
  StudyType,
  TrialPhase,
  TrialRegistry,
  TrialStatus,
} from "../schema/enums.ts";
import { EvidenceLevel } from "../schema/evidence.ts";
import type { CollectionName, RecordOf } from "../schema/index.ts";
import type { Links } from "./links.ts";
import { furthestStageEvidence } from "./order.ts";

/**
 * One filter of a list: how its value is read (from a query string, a CLI flag or code), what it
 * means, and which records it admits. The query schemas, the OpenAPI parameters, the CLI flags and
 * the matcher are all derived from these tables, so a filter exists everywhere or nowhere.
 */
export interface Filter<R, S extends z.ZodType = z.ZodType> {
  schema: S;
  description: string;
  matches(record: R, value: z.output<S>, links: Links): boolean;
}

/** Any filter of a collection, whatever its value type. */
interface AnyFilter<R> {
  schema: z.ZodType;
  description: string;
  matches(record: R, value: never, links: Links): boolean;
}

const filterOf =
  <C extends CollectionName>() =>
  <S extends z.ZodType>(
    schema: S,
    description: string,
    matches: (record: RecordOf<C>, value: z.output<S>, links: Links) => boolean,
  ): Filter<RecordOf<C>, S> => ({ schema, description, matches });

const Ref = (what: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(80)
    .regex(/^[a-z0-9-]+$/, `must be a ${what} id (lower-case letters, digits, hyphens)`);

// A query string carries text; a union alone would only say "Invalid input", so name the choices.
const BooleanText = z
  .union([z.boolean(), z.enum(["true", "false"])], { error: "must be true or false" })
  .transform((v) => v === true || v === "true");

const Year = z.coerce
  .number({ error: "must be a year, e.g. 2021" })
  .int("must be a year, e.g. 2021")
  .min(1900, "must be a year from 1900")
  .max(2100, "must be a year up to 2100");

const therapy = filterOf<"therapies">();
const organization = filterOf<"organizations">();
const country = filterOf<"countries">();
const trial = filterOf<"trials">();
const event = filterOf<"events">();

type TherapyRecord = RecordOf<"therapies">;
const inArea = (t: TherapyRecord, area: string) => t.indications.some((i) => i.area === area);

/** Area and modality reach a record through the programmes linked to it (links.therapiesOf). */
const reached = <C extends Exclude<CollectionName, "therapies" | "trials">>(collection: C) => {
  const f = filterOf<C>();
  return {
    area: f(Area, "Therapeutic area of any programme linked to the record.", (r, v, links) =>
      links.therapiesOf(collection, r.id).some((t) => inArea(t, v)),
    ),
    modality: f(Modality, "Cell modality of any programme linked to the record.", (r, v, links) =>
      links.therapiesOf(collection, r.id).some((t) => t.modality === v),
    ),
  };
};

/**
 * A partial date stands for its whole span (2020-12 is the whole month), and a record is admitted
 * when its span overlaps the filter's: from=2020 admits 2020-05, to=2020 admits 2020-12-31, and
 * from=2020-12-31 admits an event dated only 2020-12. Comparing at the coarser precision does this.
 */
const atCoarser = (a: string, b: string) => {
  const n = Math.min(a.length, b.length);
  return [a.slice(0, n), b.slice(0, n)] as const;
};
const onOrAfter = (date: string, from: string) => {
  const [d, f] = atCoarser(date, from);
  return d >= f;
};
const onOrBefore = (date: string, to: string) => {
  const [d, t] = atCoarser(date, to);
  return d <= t;
};

export const FILTERS = {
  therapies: {
    area: therapy(Area, "Therapeutic area of any indication.", (t, v) => inArea(t, v)),
    modality: therapy(Modality, "Cell modality.", (t, v) => t.modality === v),
    country: therapy(Ref("country"), "Country id (ISO alpha-2, lower case).", (t, v) => t.countries.includes(v)),
    stage: therapy(Stage, "Stage of any indication.", (t, v) => t.indications.some((i) => i.stage === v)),
    status: therapy(Status, "Status of any indication.", (t, v) => t.indications.some((i) => i.status === v)),
    cellSource: therapy(CellSource, "Whose cells are used.", (t, v) => t.cellSource === v),
    organization: therapy(Ref("organization"), "Organization id in any role.", (t, v) =>
      t.organizations.some((o) => o.id === v),
    ),
    evidence: therapy(
      EvidenceLevel,
      "Evidence level of the furthest stage the programme reached.",
      (t, v) => furthestStageEvidence(t.indications) === v,
    ),
  },
  organizations: {
    ...reached("organizations"),
    kind: organization(OrganizationKind, "What kind of body it is.", (o, v) => o.kind === v),
    country: organization(Ref("country"), "Country id where it is based.", (o, v) => o.country === v),
  },
  countries: {
    ...reached("countries"),
    region: country(Region, "Broad region.", (c, v) => c.region === v),
    oicMember: country(BooleanText, "true for OIC member states, false for others.", (c, v) => c.oicMember === v),
    hasProgrammes: country(
      BooleanText,
      "true for countries with at least one therapy record.",
      (c, v, links) => links.therapiesOf("countries", c.id).length > 0 === v,
    ),
  },
  trials: {
    area: trial(Area, "The trial's therapeutic area (its own, or its programme's).", (t, v, links) =>
      links.trialAreas(t).includes(v),
    ),
    modality: trial(Modality, "Cell modality of the programme the trial tests.", (t, v, links) =>
      links.therapiesOf("trials", t.id).some((x) => x.modality === v),
    ),
    status: trial(TrialStatus, "Recruitment status as the registry shows it.", (t, v) => t.status === v),
    phase: trial(TrialPhase, "Phase as registered.", (t, v) => t.phase === v),
    registry: trial(TrialRegistry, "Where it is registered (its primary id).", (t, v) => t.registry === v),
    studyType: trial(StudyType, "Interventional or observational.", (t, v) => t.studyType === v),
    country: trial(Ref("country"), "Country id of any site.", (t, v) => t.countries.includes(v)),
    therapy: trial(Ref("therapy"), "Therapy id the trial tests.", (t, v, links) =>
      links.idsOf("trials", t.id, "therapies").includes(v),
    ),
    organization: trial(Ref("organization"), "Sponsor organization id.", (t, v) => t.sponsor === v),
    year: trial(Year, "Year the trial started (YYYY).", (t, v) => t.startDate?.slice(0, 4) === String(v)),
    evidence: trial(EvidenceLevel, "Evidence level of the trial's sources.", (t, v) => t.evidence === v),
  },
  events: {
    ...reached("events"),
    kind: event(EventKind, "What happened.", (e, v) => e.kind === v),
    country: event(Ref("country"), "Country id.", (e, v) => e.countries.includes(v)),
    organization: event(Ref("organization"), "Organization id.", (e, v) => e.organizations.includes(v)),
    therapy: event(Ref("therapy"), "Therapy id.", (e, v) => e.therapies.includes(v)),
    from: event(PartialDate, "Earliest date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD.", (e, v) => onOrAfter(e.date, v)),
    to: event(PartialDate, "Latest date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD.", (e, v) => onOrBefore(e.date, v)),
    evidence: event(EvidenceLevel, "Evidence level of the event's sources.", (e, v) => e.evidence === v),
  },
} as const satisfies { [C in CollectionName]: Record<string, AnyFilter<RecordOf<C>>> };

export type Filters = typeof FILTERS;
export type FilterValues<C extends CollectionName> = {
  [K in keyof Filters[C]]?: Filters[C][K] extends { schema: infer S extends z.ZodType } ? z.output<S> : never;
};

/** A record passes when every filter that has a value admits it (filters combine with AND). */
export function matchesFilters<C extends CollectionName>(
  collection: C,
  record: RecordOf<C>,
  values: FilterValues<C>,
  links: Links,
): boolean {
  const table = FILTERS[collection] as unknown as Record<string, Filter<RecordOf<C>>>;
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const filter = table[name];
    if (!filter) throw new Error(`${collection} has no filter named "${name}"`);
    if (!filter.matches(record, value, links)) return false;
  }
  return true;
}
