import { z } from "zod";
import { PartialDate, recordBase } from "./common.ts";
import { EventKind } from "./enums.ts";

export const Event = z
  .strictObject({
    ...recordBase,
    date: PartialDate.describe("YYYY, YYYY-MM or YYYY-MM-DD; precision is kept as written."),
    kind: EventKind.describe(
      "first-in-country · approval · trial-start · trial-result · facility · regulation · funding · agreement (MoU, licence, partnership) · corporate (rename, acquisition) · milestone (e.g. patients treated) · setback",
    ),
    title: z.string().min(1).describe("One line, neutral."),
    summary: z.string().min(1).describe("Short Markdown summary in our own words."),
    countries: z.array(z.string()).min(1, "name at least one country"),
    organizations: z.array(z.string()).default([]),
    therapies: z.array(z.string()).default([]),
    notes: z
      .array(z.string().min(1))
      .default([])
      .describe("Fact-check notes, e.g. that no primary source was found, or where popular coverage got it wrong."),
  })
  .describe("A dated milestone on the timeline.");

export type Event = z.infer<typeof Event>;
