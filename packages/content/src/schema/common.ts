import { z } from "zod";
import { NAME_LANGUAGES } from "../i18n/locales.ts";
import { IsoDate, PartialDate } from "./dates.ts";
import { withEvidence } from "./evidence.ts";
import { CLAIM_STATUSES, SOURCE_KINDS } from "./values.ts";

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

export const SourceKind = z.enum(SOURCE_KINDS);

export const Source = z
  .strictObject({
    url: HttpsUrl.describe(
      "The canonical page: the registry record, the regulator's notice or gazette issue, the DOI or PubMed page, the article. Cite it only if you saw its content, here or in the copy named in `via`.",
    ),
    via: HttpsUrl.optional().describe(
      "The copy actually read, when it is not the canonical page (a registry mirror, a PubMed mirror, an archive).",
    ),
    title: z.string().min(1).describe("Title of the page as it appears there."),
    publisher: z.string().min(1).describe("Who published it: a journal, registry, regulator, outlet or company."),
    published: PartialDate.optional().describe("When the page was published, if it shows a date."),
    accessed: IsoDate.describe("The date (YYYY-MM-DD) the page, or its copy in `via`, was read."),
    kind: SourceKind.describe(
      "What kind of page it is; the evidence level (confirmed, reported, claimed) is derived from it. registry: a trial registry record. regulator: a regulator's own page or notice. official: an official record of a government or intergovernmental body (gazette, statute, member list). journal: a peer-reviewed article. news: an independent news outlet. press-release: an organization's announcement about itself. own-site: an organization's own website about its own work (a company, hospital, university or ministry page). other: anything else (conference abstracts, aggregators, blogs, investor sites).",
    ),
  })
  .describe("A public page a fact was taken from.");

export const ClaimStatus = z.enum(CLAIM_STATUSES);

export const Claim = z
  .strictObject({
    claim: z.string().min(1).describe("What is claimed, in neutral words, e.g. 'approved by the IFDA for GvHD'."),
    by: z
      .string()
      .min(1)
      .describe("Who makes the claim: the organization, outlet or person, as the source names them."),
    date: PartialDate.optional().describe("When the claim was made: YYYY, YYYY-MM or YYYY-MM-DD."),
    status: ClaimStatus.describe(
      "unconfirmed: no confirmed source shows it. disputed: sources disagree. denied: an authority said it is not so (cite the denial).",
    ),
    note: z.string().min(1).optional().describe("What is known against or around the claim, dated and neutral."),
    sources: z
      .array(Source)
      .min(1, "cite where the claim was made")
      .describe("Where the claim (and any denial) was read."),
  })
  .describe("Something an organization or a news story says that no confirmed source shows.");

export const Figure = z
  .strictObject({
    what: z
      .string()
      .min(1)
      .describe("What is counted or measured, e.g. 'haematopoietic stem cell transplants performed'."),
    value: z
      .union([z.number(), z.string().min(1)])
      .describe("The figure as stated: a number, or text such as 'more than 1,300 a year'."),
    asOf: PartialDate.optional().describe("The date the figure refers to: YYYY, YYYY-MM or YYYY-MM-DD."),
    by: z.string().min(1).describe("Who gave the figure: a person, organization or outlet, as the source names them."),
    note: z.string().min(1).optional().describe("Context, e.g. a conflicting figure from another source."),
    sources: z.array(Source).min(1, "cite where the figure was read").describe("Where the figure was read."),
  })
  .describe("A reported figure: a count, ranking or amount, with who gave it and when.");

/** The figures and claims fields, as therapies, organizations and countries carry them. */
export const figuresField = z
  .array(Figure)
  .default([])
  .describe("Reported figures (counts, rankings, amounts), each with who gave it, when and where.");
export const claimsField = z
  .array(Claim)
  .default([])
  .describe("What someone says (an approval, a first, a capability, a result) that no confirmed source shows.");

export const NameLanguage = z.enum(NAME_LANGUAGES);

export const LocalName = z
  .strictObject({
    name: z.string().min(1).describe("The name as the source writes it, in its own script."),
    sources: z
      .array(Source)
      .min(1, "cite a page that shows the name in this language")
      .describe("Where the name was read: the organization's own site, a registry record, an official page."),
  })
  .describe("A record's name in a local language, sourced like any fact.");

/** Names in local languages and scripts: pages show them, and search finds the record by them. */
export const namesField = z
  .partialRecord(NameLanguage, LocalName)
  .default({})
  .describe(
    `The record's name in local languages, keyed by language code (${NAME_LANGUAGES.join(", ")}), e.g. fa: { name: پژوهشگاه رویان, sources: [...] }.`,
  );

/** Fields every record carries. */
export const recordBase = {
  id: Id.describe("Stable id, kebab-case, equal to the file name without .yaml."),
  formerIds: z.array(Id).optional().describe("Ids this record had before a rename, so old links keep working."),
  sources: z.array(Source).min(1, "every record needs at least one source").describe("Where the facts come from."),
  lastReviewed: IsoDate.describe("Date (YYYY-MM-DD) someone last checked this record against its sources."),
};

export type Source = z.infer<typeof Source>;
export const PublishedClaim = Claim.extend(withEvidence);
export const PublishedFigure = Figure.extend(withEvidence);

export type SourceKind = z.infer<typeof SourceKind>;
export type LocalName = z.infer<typeof LocalName>;
export type Claim = z.infer<typeof PublishedClaim>;
export type Figure = z.infer<typeof PublishedFigure>;
