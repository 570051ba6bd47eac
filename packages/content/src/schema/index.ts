import { z } from "zod";
import { Country, CountryFile } from "./country.ts";
import { Event, EventFile } from "./event.ts";
import { Organization, OrganizationFile } from "./organization.ts";
import { Therapy, TherapyFile } from "./therapy.ts";
import { Trial, TrialFile } from "./trial.ts";
import { COLLECTIONS } from "./values.ts";

export * from "./common.ts";
export * from "./country.ts";
export * from "./enums.ts";
export * from "./event.ts";
export * from "./evidence.ts";
export * from "./field-info.ts";
export * from "./organization.ts";
export * from "./therapy.ts";
export * from "./trial.ts";
export * from "./values.ts";

/**
 * Collection name → the schema of what a contributor writes (one YAML file per record). The
 * order is the order of the dataset and of the docs.
 */
export const fileSchemas = {
  therapies: TherapyFile,
  organizations: OrganizationFile,
  countries: CountryFile,
  trials: TrialFile,
  events: EventFile,
} as const;

/** Collection name → the schema of a published record: the file's fields plus what the build derives. */
export const recordSchemas = {
  therapies: Therapy,
  organizations: Organization,
  countries: Country,
  trials: Trial,
  events: Event,
} as const;

export const CollectionName = z.enum(COLLECTIONS);
export type CollectionName = z.infer<typeof CollectionName>;

export const DatasetMeta = z.strictObject({
  name: z.string(),
  version: z.string(),
  dataVersion: z.string().describe("Short hash of the records; changes whenever any record changes."),
  generatedAt: z.string(),
  license: z.string(),
  licenseUrl: z.string(),
  homepage: z.string().optional(),
  counts: z.record(CollectionName, z.number().int()),
  release: z
    .object({
      version: z.string().describe("The last data release (YYYY.MM.DD)."),
      date: z.string(),
      current: z.boolean().describe("false when records changed after that release and are not yet released."),
    })
    .optional()
    .describe("The last data release; see /v1/releases and /v1/changes."),
});

export const Dataset = z.strictObject({
  meta: DatasetMeta,
  therapies: z.array(Therapy),
  organizations: z.array(Organization),
  countries: z.array(Country),
  trials: z.array(Trial),
  events: z.array(Event),
});

export type DatasetMeta = z.infer<typeof DatasetMeta>;
export type Dataset = z.infer<typeof Dataset>;
export type RecordOf<C extends CollectionName> = Dataset[C][number];
export type AnyRecord = RecordOf<CollectionName>;
export type FileOf<C extends CollectionName> = z.infer<(typeof fileSchemas)[C]>;
