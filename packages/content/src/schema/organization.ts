import { z } from "zod";
import {
  claimsField,
  figuresField,
  HttpsUrl,
  namesField,
  PublishedClaim,
  PublishedFigure,
  recordBase,
} from "./common.ts";
import { OrganizationKind } from "./enums.ts";

/** What a contributor writes in data/organizations/<id>.yaml. */
export const OrganizationFile = z
  .strictObject({
    ...recordBase,
    name: z.string().min(1).describe("Official name."),
    aliases: z.array(z.string().min(1)).default([]).describe("Other names and abbreviations (e.g. KFSHRC)."),
    names: namesField,
    kind: OrganizationKind.describe("What kind of body it is."),
    country: z.string().describe("Country id (ISO alpha-2, lower case) where it is based — its real country."),
    city: z.string().min(1).optional().describe("City of its headquarters or main site."),
    website: HttpsUrl.optional().describe("Official website (https)."),
    founded: z.number().int().min(1800).max(2100).optional().describe("Year founded."),
    summary: z.string().min(1).describe("Short Markdown summary in our own words."),
    figures: figuresField,
    claims: claimsField,
    notes: z
      .array(z.string().min(1))
      .default([])
      .describe("Fact-check notes, e.g. where popular coverage got something wrong."),
  })
  .describe("A research institute, hospital, university, company, regulator, government body or nonprofit.");

/** An organization as published: its figures and claims carry their evidence levels. */
export const Organization = OrganizationFile.extend({
  figures: z.array(PublishedFigure),
  claims: z.array(PublishedClaim),
});

export type Organization = z.infer<typeof Organization>;
