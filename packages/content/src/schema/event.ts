import { z } from "zod";
import { PartialDate, recordBase } from "./common.ts";
import { EventKind } from "./enums.ts";
import { withEvidence } from "./evidence.ts";

/** What a contributor writes in data/events/<id>.yaml. */
export const EventFile = z
  .strictObject({
    ...recordBase,
    date: PartialDate.describe("YYYY, YYYY-MM or YYYY-MM-DD; precision is kept as written."),
    kind: EventKind.describe(
      "What happened. agreement: an MoU, licence or partnership; corporate: a rename or acquisition; milestone: e.g. a number of patients treated.",
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

/** An event as published, with the evidence level of its sources. */
export const Event = EventFile.extend(withEvidence);

export type Event = z.infer<typeof Event>;
