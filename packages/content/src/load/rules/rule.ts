import type { CollectionName } from "../../schema/index.ts";
import type { ParsedFile } from "../parse-file.ts";

/** A record that passed its schema, with the parsed file kept so rules can point into it. */
export interface LoadedRecord {
  collection: CollectionName;
  /** File name without .yaml */
  stem: string;
  parsed: ParsedFile;
  data: { id: string; formerIds?: string[] } & Record<string, unknown>;
}

export interface RuleFinding {
  record: LoadedRecord;
  path: PropertyKey[];
  message: string;
  fix?: string;
}

export interface RuleContext {
  /** Ids of every file read, including ones that failed their schema. */
  knownIds: readonly { collection: CollectionName; id: string }[];
}

/** A check over the whole set of records, one idea per rule (see STYLE.md). */
export interface Rule {
  name: string;
  description: string;
  check(records: readonly LoadedRecord[], context: RuleContext): RuleFinding[];
}
