import type { LoadedRecord, Rule, RuleFinding } from "./rule.ts";

/**
 * A trial names the therapy it tests, and the therapy lists its trials: both sides are data, so
 * they must say the same, or lists, stats and pages would disagree about which trials a
 * programme has.
 */
export const trialLinksAgree: Rule = {
  name: "trial-links-agree",
  description: "A trial's `therapy` and that therapy's `trials` list name each other.",
  check(records) {
    const findings: RuleFinding[] = [];
    type Of<C> = Extract<LoadedRecord, { collection: C }>;
    const trials = new Map<string, Of<"trials">>();
    const therapies = new Map<string, Of<"therapies">>();
    for (const r of records) {
      if (r.collection === "trials") trials.set(r.data.id, r);
      if (r.collection === "therapies") therapies.set(r.data.id, r);
    }
    for (const therapy of therapies.values()) {
      therapy.data.trials.forEach((trialId, i) => {
        const trial = trials.get(trialId);
        if (!trial) return; // a missing trial is references-exist's finding
        const named = trial.data.therapy;
        if (named !== therapy.data.id)
          findings.push({
            record: therapy,
            path: ["trials", i],
            message: named
              ? `trial ${trialId} names therapy "${named}", not this one`
              : `trial ${trialId} does not name this therapy`,
            fix: named
              ? `a trial tests one programme: remove ${trialId} here, or set \`therapy: ${therapy.data.id}\` in trials/${trialId}.yaml and remove it from therapies/${named}.yaml`
              : `add \`therapy: ${therapy.data.id}\` to trials/${trialId}.yaml`,
          });
      });
    }
    for (const trial of trials.values()) {
      const named = trial.data.therapy;
      const therapy = named ? therapies.get(named) : undefined;
      if (!therapy) continue;
      if (!therapy.data.trials.includes(trial.data.id))
        findings.push({
          record: trial,
          path: ["therapy"],
          message: `therapy ${named} does not list this trial`,
          fix: `add ${trial.data.id} to \`trials:\` in therapies/${named}.yaml`,
        });
    }
    return findings;
  },
};
