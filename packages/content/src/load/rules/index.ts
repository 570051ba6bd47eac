import { idMatchesFileName } from "./id-matches-file-name.ts";
import { referencesExist } from "./references-exist.ts";
import type { Rule } from "./rule.ts";
import { uniqueIds } from "./unique-ids.ts";

export const RULES: readonly Rule[] = [idMatchesFileName, uniqueIds, referencesExist];
export type { LoadedRecord, Rule, RuleFinding } from "./rule.ts";
