import { z } from "zod";
import { IsoDate, PartialDate } from "./dates.ts";

export { IsoDate, PartialDate } from "./dates.ts";

/** kebab-case: lower-case letters, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Id = z
  .string()
  .regex(ID_PATTERN, "must be kebab-case (lower-case letters, digits, single hyphens), e.g. kfshrc-car-t")
  .max(80, "must be at most 80 characters");

export const HttpsUrl = z
  .string()
  .refine((s) => URL.canParse(s) && new URL(s).protocol === "https:", "must be an https:// URL");

export const SourceKind = z.enum(["registry", "regulator", "journal", "news", "press-release", "company", "other"]);

export const Source = z
  .strictObject({
    url: HttpsUrl.describe("Address of the page the fact was read on (https only)."),
    title: z.string().min(1).describe("Title of the page as it appears there."),
    publisher: z.string().min(1).describe("Who published it: a journal, registry, outlet or company."),
    published: PartialDate.optional().describe("When the page was published, if it shows a date."),
    accessed: IsoDate.optional().describe("When we read it."),
    kind: SourceKind.describe(
      "registry · regulator · journal · news · press-release · company · other — lets readers weigh evidence.",
    ),
  })
  .describe("A public page a fact was taken from.");

/** Fields every record carries. */
export const recordBase = {
  id: Id.describe("Stable id, kebab-case, equal to the file name without .yaml."),
  formerIds: z.array(Id).optional().describe("Ids this record had before a rename, so old links keep working."),
  sources: z.array(Source).min(1, "every record needs at least one source").describe("Where the facts come from."),
  lastReviewed: IsoDate.describe("Date (YYYY-MM-DD) someone last checked this record against its sources."),
};

export type Source = z.infer<typeof Source>;
export type SourceKind = z.infer<typeof SourceKind>;
