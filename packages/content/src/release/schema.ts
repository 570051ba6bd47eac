import { z } from "zod";
import { IsoDate } from "../schema/dates.ts";
import { CollectionName } from "../schema/index.ts";

/** A data release's version: its date, YYYY.MM.DD, with .N for a second release the same day. */
export const ReleaseVersion = z
  .string()
  .regex(/^\d{4}\.\d{2}\.\d{2}(?:\.\d+)?$/, "must be a release version such as 2026.11.30 or 2026.11.30.1");

export const FieldChange = z
  .strictObject({
    path: z
      .string()
      .describe("The field that changed, e.g. indications[condition=ALS].stage or sources[url=https://…]."),
    old: z.unknown().optional().describe("The value before (absent when the field was added)."),
    new: z.unknown().optional().describe("The value after (absent when the field was removed)."),
  })
  .describe("One field of a record, before and after.");

export const ChangeType = z.enum(["added", "removed", "renamed", "changed"]);

export const Change = z
  .strictObject({
    type: ChangeType.describe("added, removed, renamed (a new id, the old one kept in formerIds) or changed."),
    collection: CollectionName,
    id: z.string().describe("The record's id in this release (for a removed record, its last id)."),
    formerId: z.string().optional().describe("For a rename: the id the record had before."),
    name: z.string().describe("The record's display name in this release (or its last, for a removed record)."),
    fields: z
      .array(FieldChange)
      .optional()
      .describe("For changed and renamed records: what changed. For a therapy added with approvals: those approvals."),
  })
  .describe("What one release did to one record.");

export const Release = z
  .strictObject({
    version: ReleaseVersion,
    date: IsoDate.describe("The day the release was made."),
    previous: ReleaseVersion.nullable().describe("The release it was compared with; null for the first."),
    dataVersion: z.string().describe("The content hash of the released records (the dataset's meta.dataVersion)."),
    counts: z.record(CollectionName, z.number().int().min(0)).describe("Records per collection in this release."),
    summary: z
      .object({
        added: z.number().int(),
        removed: z.number().int(),
        renamed: z.number().int(),
        changed: z.number().int(),
      })
      .describe("How many records each kind of change touched."),
    changes: z.array(Change),
  })
  .describe("A dated data release and every change it made, from a committed change file.");

export type FieldChange = z.infer<typeof FieldChange>;
export type Change = z.infer<typeof Change>;
export type Release = z.infer<typeof Release>;
