import { z } from "zod";
import { AREAS, EVIDENCE_LEVELS } from "../schema/values.ts";

// Apart from computeStats, so that computing stats builds no schema.
const count = z.number().int().min(0);
const trialCounts = z.array(z.object({ key: z.string(), trials: count }));

const levels = z
  .object(
    Object.fromEntries(EVIDENCE_LEVELS.map((l) => [l, count])) as Record<
      (typeof EVIDENCE_LEVELS)[number],
      typeof count
    >,
  )
  .describe("Count per evidence level: confirmed, reported, claimed.");

/** The shape of `atlas.stats()`: the API documents it from here and the CLI prints it. */
export const Stats = z.object({
  totals: z.object({
    therapies: count,
    organizations: count,
    countries: count,
    oicMembers: count,
    countriesWithProgrammes: count,
    countriesWithTrials: count.describe("OIC member states with at least one trial record."),
    trials: count,
    approvals: count,
    claims: count,
    figures: count,
    events: count,
  }),
  byArea: z
    .array(z.object({ key: z.string(), therapies: count, countries: count, trials: count, approvals: count }))
    .describe(
      "A therapy counts once in every area any of its indications belongs to; a trial in its own area, or in its programme's.",
    ),
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
  evidence: z
    .object({
      stages: levels.describe("Each therapy's furthest stage, by the evidence for it."),
      approvals: levels,
      events: levels,
      firsts: levels.describe("Events of kind first-in-country."),
      trials: levels,
      claims: levels.describe(
        "Claims by the evidence of the pages that make them (never confirmed, or it would be a fact).",
      ),
      figures: levels,
    })
    .describe("How much of the atlas rests on confirmed, reported and claimed evidence."),
  trials: z
    .object({
      byCountry: z.array(z.object({ key: z.string(), name: z.string(), trials: count })),
      byArea: trialCounts,
      byPhase: trialCounts,
      byStatus: trialCounts,
      byYear: z
        .array(
          z.object({
            key: z.string().describe("Start year, or 'unknown'."),
            trials: count,
            byArea: z.object(
              Object.fromEntries(AREAS.map((a) => [a, count])) as Record<(typeof AREAS)[number], typeof count>,
            ),
          }),
        )
        .describe("Trials by start year, split by area (a trial with two areas counts in both)."),
      cube: z
        .array(
          z.object({
            country: z.string(),
            area: z.string(),
            phase: z.string(),
            status: z.string(),
            year: z.string().describe("Start year, or 'unknown'."),
            trials: count,
          }),
        )
        .describe(
          "Trials by country × area × phase × status × start year: one row per combination that occurs. A trial with sites in two countries, or in two areas, counts in each.",
        ),
    })
    .describe("Registered trials, counted every way a reader slices them."),
});

export type Stats = z.infer<typeof Stats>;
