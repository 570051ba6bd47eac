import { z } from "zod";
import { claimsField, figuresField, namesField, PublishedClaim, PublishedFigure, recordBase } from "./common.ts";
import { IsoDate } from "./dates.ts";
import { Region, TrialRegistry } from "./enums.ts";

export const Coverage = z
  .strictObject({
    searched: IsoDate.describe("The date the registries were last searched for this country's trials (YYYY-MM-DD)."),
    registries: z
      .array(TrialRegistry)
      .min(1, "name the registries searched")
      .describe("The registries (or their WHO ICTRP copies) searched for this country's trials."),
    note: z
      .string()
      .min(1)
      .optional()
      .describe(
        "What was searched and what is known to be missing, e.g. 'IRCT searched by sponsor; records in Persian only were not read'.",
      ),
  })
  .describe("The state of the trial search for a country.");

/** What a contributor writes in data/countries/<id>.yaml. */
export const CountryFile = z
  .strictObject({
    ...recordBase,
    id: z
      .string()
      .regex(/^[a-z]{2}$/, "must be the ISO 3166-1 alpha-2 code in lower case, e.g. sa")
      .describe("ISO 3166-1 alpha-2 code, lower case, equal to the file name."),
    name: z.string().min(1).describe("Common English name."),
    names: namesField,
    oicMember: z.boolean().describe("Member state of the Organisation of Islamic Cooperation."),
    region: Region.describe("Broad region, used for grouping."),
    regulators: z
      .array(z.string())
      .default([])
      .describe("Organization ids of the bodies that regulate cell therapy here."),
    summary: z.string().min(1).describe("Short Markdown summary of what is publicly known, in our own words."),
    coverage: Coverage.optional().describe("How completely the atlas covers this country's registered trials."),
    figures: figuresField,
    claims: claimsField,
  })
  .describe("A country: every OIC member state, and any other country a record needs.");

/**
 * A country as published: figures and claims carry their evidence levels, and the coverage states
 * how many trials the atlas records there.
 */
export const Country = CountryFile.extend({
  figures: z.array(PublishedFigure),
  claims: z.array(PublishedClaim),
  coverage: Coverage.extend({
    trialsRecorded: z.number().int().min(0).describe("Trial records with a site in this country."),
  }).optional(),
});

export type Country = z.infer<typeof Country>;
