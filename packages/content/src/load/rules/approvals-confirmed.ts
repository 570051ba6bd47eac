import { evidenceOf, LEVEL_OF_KIND } from "../../publish/evidence-level.ts";
import type { Rule, RuleFinding } from "./rule.ts";

const CONFIRMING = Object.entries(LEVEL_OF_KIND)
  .filter(([, level]) => level === "confirmed")
  .map(([kind]) => kind);

export const approvalsConfirmed: Rule = {
  name: "approvals-confirmed",
  description:
    "An approval is a fact only when a confirmed source (regulator, official record, registry or journal) shows it; stage `approved` needs such an approval.",
  check(records) {
    const findings: RuleFinding[] = [];
    for (const record of records) {
      if (record.collection !== "therapies") continue;
      const t = record.data;
      t.approvals.forEach((approval, i) => {
        if (evidenceOf(approval.sources) !== "confirmed") {
          findings.push({
            record,
            path: ["approvals", i, "sources"],
            message: "no source of this approval confirms it",
            fix: `cite the regulator's notice, the gazette or a journal (kind: ${CONFIRMING.join(", ")}), or move it to \`claims:\` with status unconfirmed`,
          });
        }
      });
      if (t.approvals.length > 0) continue;
      t.indications.forEach((indication, i) => {
        if (indication.stage === "approved") {
          findings.push({
            record,
            path: ["indications", i, "stage"],
            message: "stage is approved, but the record has no approval",
            fix: "add the approval under `approvals:` with a confirmed source, or record what is said as a claim under `claims:` and set the stage the evidence shows",
          });
        }
      });
    }
    return findings;
  },
};
