import type { CollectionName, RecordOf } from "../schema/index.ts";

/** Joins list values in one CSV cell; "; " keeps cells readable and rarely occurs in our data. */
export const LIST_SEPARATOR = "; ";

type Row = Record<string, string | number | boolean | null>;

const join = (values: readonly (string | undefined)[]) => values.filter((v): v is string => !!v).join(LIST_SEPARATOR);
const sourceUrls = (r: { sources: { url: string }[] }) => join(r.sources.map((s) => s.url));

/** Column order per collection; the CSV header and the row builders below agree on it. */
export const CSV_COLUMNS: Record<CollectionName, readonly string[]> = {
  therapies: [
    "id",
    "name",
    "aliases",
    "modality",
    "cellSource",
    "tissueOrigin",
    "targets",
    "areas",
    "conditions",
    "stages",
    "statuses",
    "organizations",
    "countries",
    "approvals",
    "trials",
    "summary",
    "notes",
    "sources",
    "lastReviewed",
  ],
  organizations: [
    "id",
    "name",
    "aliases",
    "kind",
    "country",
    "city",
    "website",
    "founded",
    "summary",
    "notes",
    "sources",
    "lastReviewed",
  ],
  countries: ["id", "name", "oicMember", "region", "regulators", "summary", "sources", "lastReviewed"],
  trials: [
    "id",
    "registry",
    "registryId",
    "title",
    "phase",
    "status",
    "therapy",
    "sponsor",
    "countries",
    "conditions",
    "enrollment",
    "startDate",
    "completionDate",
    "result",
    "url",
    "sources",
    "lastReviewed",
  ],
  events: [
    "id",
    "date",
    "kind",
    "title",
    "summary",
    "countries",
    "organizations",
    "therapies",
    "sources",
    "lastReviewed",
  ],
};

/** One flat row per record: list fields joined, nested fields summarised. */
export function toRow<C extends CollectionName>(collection: C, record: RecordOf<C>): Row {
  switch (collection) {
    case "therapies": {
      const t = record as RecordOf<"therapies">;
      return {
        id: t.id,
        name: t.name,
        aliases: join(t.aliases),
        modality: t.modality,
        cellSource: t.cellSource,
        tissueOrigin: t.tissueOrigin ?? null,
        targets: join(t.targets),
        areas: join([...new Set(t.indications.map((i) => i.area))]),
        conditions: join(t.indications.map((i) => i.condition)),
        stages: join(t.indications.map((i) => i.stage)),
        statuses: join(t.indications.map((i) => i.status)),
        organizations: join(t.organizations.map((o) => `${o.id} (${o.role})`)),
        countries: join(t.countries),
        approvals: join(t.approvals.map((a) => `${a.regulator} ${a.kind} ${a.date}: ${a.indication}`)),
        trials: join(t.trials),
        summary: t.summary,
        notes: join(t.notes),
        sources: sourceUrls(t),
        lastReviewed: t.lastReviewed,
      };
    }
    case "organizations": {
      const o = record as RecordOf<"organizations">;
      return {
        id: o.id,
        name: o.name,
        aliases: join(o.aliases),
        kind: o.kind,
        country: o.country,
        city: o.city ?? null,
        website: o.website ?? null,
        founded: o.founded ?? null,
        summary: o.summary,
        notes: join(o.notes),
        sources: sourceUrls(o),
        lastReviewed: o.lastReviewed,
      };
    }
    case "countries": {
      const c = record as RecordOf<"countries">;
      return {
        id: c.id,
        name: c.name,
        oicMember: c.oicMember,
        region: c.region,
        regulators: join(c.regulators),
        summary: c.summary,
        sources: sourceUrls(c),
        lastReviewed: c.lastReviewed,
      };
    }
    case "trials": {
      const t = record as RecordOf<"trials">;
      return {
        id: t.id,
        registry: t.registry,
        registryId: t.registryId ?? null,
        title: t.title,
        phase: t.phase,
        status: t.status,
        therapy: t.therapy ?? null,
        sponsor: t.sponsor ?? null,
        countries: join(t.countries),
        conditions: join(t.conditions),
        enrollment: t.enrollment ?? null,
        startDate: t.startDate ?? null,
        completionDate: t.completionDate ?? null,
        result: t.result ?? null,
        url: t.url ?? null,
        sources: sourceUrls(t),
        lastReviewed: t.lastReviewed,
      };
    }
    case "events": {
      const e = record as RecordOf<"events">;
      return {
        id: e.id,
        date: e.date,
        kind: e.kind,
        title: e.title,
        summary: e.summary,
        countries: join(e.countries),
        organizations: join(e.organizations),
        therapies: join(e.therapies),
        sources: sourceUrls(e),
        lastReviewed: e.lastReviewed,
      };
    }
  }
  throw new Error(`unknown collection ${String(collection)}`);
}
