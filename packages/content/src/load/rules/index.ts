import { approvalsConfirmed } from "./approvals-confirmed.ts";
import { idMatchesFileName } from "./id-matches-file-name.ts";
import { noPlaceholders } from "./no-placeholders.ts";
import { referencesExist } from "./references-exist.ts";
import { registryIdsUnique } from "./registry-ids-unique.ts";
import type { Rule } from "./rule.ts";
import { trialLinksAgree } from "./trial-links-agree.ts";
import { uniqueIds } from "./unique-ids.ts";

export const RULES: readonly Rule[] = [
  idMatchesFileName,
  uniqueIds,
  referencesExist,
  registryIdsUnique,
  trialLinksAgree,
  approvalsConfirmed,
  noPlaceholders,
];
export type { LoadedRecord, Rule, RuleFinding } from "./rule.ts";
