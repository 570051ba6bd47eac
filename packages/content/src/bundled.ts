// The build writes dist/dataset.json; this file sits at the same depth in src/ and dist/, so the
// relative path works both from source (tests, tsx) and from the compiled package.
import rawDataset from "../dist/dataset.json" with { type: "json" };
import rawReleases from "../dist/releases.json" with { type: "json" };
import { type Atlas, createAtlas } from "./query/atlas.ts";
import { type ChangeLog, createChangeLog } from "./release/changes.ts";
import type { Release } from "./release/schema.ts";
import type { Dataset } from "./schema/index.ts";

let atlas: Atlas | undefined;

/** The validated dataset the build produced. Validation happened at build; this does no work. */
export function getDataset(): Dataset {
  return rawDataset as Dataset;
}

/** The shared atlas over the built dataset, created on first use (nothing happens at import). */
export function getAtlas(): Atlas {
  atlas ??= createAtlas(getDataset());
  return atlas;
}

let changeLog: ChangeLog | undefined;

/** The committed data releases and their changes, validated at build. */
export function getChangeLog(): ChangeLog {
  changeLog ??= createChangeLog(rawReleases as Release[]);
  return changeLog;
}
