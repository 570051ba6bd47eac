import type { CollectionName, FileOf } from "../../schema/index.ts";
import type { ParsedFile } from "../parse-file.ts";

/**
 * A record that passed its schema (so every field with a default is present), with the parsed
 * file kept so rules can point into it. Checking `collection` narrows `data` to that collection's
 * file shape.
 */
export type LoadedRecord = {
  [C in CollectionName]: {
    collection: C;
    /** File name without .yaml */
    stem: string;
    parsed: ParsedFile;
    data: FileOf<C>;
  };
}[CollectionName];

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
