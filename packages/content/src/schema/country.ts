import { z } from "zod";
import { recordBase } from "./common.ts";
import { Region } from "./enums.ts";

export const Country = z
  .strictObject({
    ...recordBase,
    id: z
      .string()
      .regex(/^[a-z]{2}$/, "must be the ISO 3166-1 alpha-2 code in lower case, e.g. sa")
      .describe("ISO 3166-1 alpha-2 code, lower case, equal to the file name."),
    name: z.string().min(1).describe("Common English name."),
    oicMember: z.boolean().describe("Member state of the Organisation of Islamic Cooperation."),
    region: Region.describe("Broad region, used for grouping."),
    regulators: z
      .array(z.string())
      .default([])
      .describe("Organization ids of the bodies that regulate cell therapy here."),
    summary: z.string().min(1).describe("Short Markdown summary of what is publicly known, in our own words."),
  })
  .describe("A country: every OIC member state, and any other country a record needs.");

export type Country = z.infer<typeof Country>;
