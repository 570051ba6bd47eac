import { z } from "zod";

// Apart from computeStats, so that computing stats builds no schema.
const count = z.number().int().min(0);

/** The shape of `atlas.stats()`: the API documents it from here and the CLI prints it. */
export const Stats = z.object({
  totals: z.object({
    therapies: count,
    organizations: count,
    countries: count,
    oicMembers: count,
    countriesWithProgrammes: count,
    trials: count,
    approvals: count,
    events: count,
  }),
  byArea: z
    .array(z.object({ key: z.string(), therapies: count, countries: count, trials: count, approvals: count }))
    .describe("A therapy counts once in every area any of its indications belongs to."),
  byModality: z.array(z.object({ key: z.string(), therapies: count })),
  byStage: z.array(z.object({ key: z.string(), therapies: count })).describe("Furthest stage each therapy reached."),
  byCountry: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      oicMember: z.boolean(),
      therapies: count,
      organizations: count,
      trials: count,
      events: count,
    }),
  ),
  byYear: z.array(z.object({ key: z.string(), events: count, approvals: count, trialStarts: count })),
});

export type Stats = z.infer<typeof Stats>;
