import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { CliError, EXIT } from "./io.ts";

/**
 * The folder the user ran the command from. `pnpm cell-atlas` runs the bin inside apps/cli;
 * pnpm records the caller's folder in INIT_CWD, so relative paths still mean what the user meant.
 */
export const userCwd = () => process.env.INIT_CWD || process.cwd();

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

/** A data folder holds collection folders (therapies/, countries/, …). */
const looksLikeDataDir = (p: string) => isDir(path.join(p, "therapies")) || isDir(path.join(p, "countries"));

/** The repo's packages/content/data (or a data folder) found from here upwards, if there is one. */
export function findDataDir(): string | undefined {
  for (let dir = userCwd(); ; dir = path.dirname(dir)) {
    for (const candidate of [path.join(dir, "packages/content/data"), path.join(dir, "data")])
      if (looksLikeDataDir(candidate)) return candidate;
    if (looksLikeDataDir(dir)) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * The data folder to use: the one given, or the one found from here upwards. `example` is the
 * command line the error suggests when there is none.
 */
export function resolveDataDir(given: string | undefined, example = "cell-atlas validate path/to/data"): string {
  if (given) {
    const dir = path.resolve(userCwd(), given);
    if (!isDir(dir))
      throw new CliError(
        `data folder not found: ${dir}`,
        EXIT.usage,
        "give the folder that holds therapies/, countries/, …",
      );
    // Accept the folder above data/ too (e.g. a fixture folder), as long as it is unambiguous.
    if (!looksLikeDataDir(dir) && looksLikeDataDir(path.join(dir, "data"))) return path.join(dir, "data");
    return dir;
  }
  const found = findDataDir();
  if (found) return found;
  throw new CliError(
    "no data folder here: none found in this folder or above it",
    EXIT.usage,
    `run inside a clone of the atlas, or name the folder, e.g. ${example}`,
  );
}
