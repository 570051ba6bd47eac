import { z } from "zod";
import { HttpsUrl, PartialDate, recordBase } from "./common.ts";
import { Area, StudyType, TrialPhase, TrialRegistry, TrialStatus } from "./enums.ts";
import { withEvidence } from "./evidence.ts";

/** What a contributor writes in data/trials/<id>.yaml. */
export const TrialFile = z
  .strictObject({
    ...recordBase,
    id: z
      .string()
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        "must be the registry id in lower case with hyphens, e.g. nct03280056 or irct20180000000000n1",
      )
      .describe("Registry id, lower case (nct03280056)."),
    registry: TrialRegistry.describe("Where it is registered."),
    registryId: z.string().min(1).optional().describe("The id exactly as the registry writes it (NCT03280056)."),
    secondaryIds: z
      .array(
        z.strictObject({
          registry: TrialRegistry.describe("The other registry."),
          id: z.string().min(1).describe("The id exactly as that registry writes it."),
          url: HttpsUrl.optional().describe("The record in that registry."),
        }),
      )
      .default([])
      .describe("The same study's ids in other registries (one study, one record)."),
    studyType: StudyType.default("interventional").describe(
      "interventional, or observational (in scope only when it follows patients given a cell therapy).",
    ),
    title: z.string().min(1).describe("Title as registered."),
    phase: TrialPhase,
    status: TrialStatus.describe("Recruitment status as the registry last showed it."),
    therapy: z.string().optional().describe("Therapy id this trial tests."),
    area: Area.optional().describe(
      "The trial's therapeutic area, when its programme spans several areas; otherwise the programme's areas apply.",
    ),
    sponsor: z.string().optional().describe("Organization id of the lead sponsor."),
    countries: z.array(z.string()).default([]).describe("Country ids of the trial sites."),
    conditions: z.array(z.string().min(1)).min(1, "name at least one condition"),
    enrollment: z.number().int().min(0).optional().describe("Number of participants (actual or planned)."),
    startDate: PartialDate.optional(),
    completionDate: PartialDate.optional(),
    result: z.string().min(1).optional().describe("Outcome in one or two neutral, dated sentences."),
    url: HttpsUrl.optional().describe("Link to the registry entry."),
  })
  .describe("A registered clinical trial.");

/** A trial as published, with the evidence level of its sources. */
export const Trial = TrialFile.extend(withEvidence);

export type Trial = z.infer<typeof Trial>;
