import { readFileSync } from "node:fs";
import { type Atlas, createAtlas, type Dataset } from "@cell-atlas/content";

let atlas: Atlas | undefined;

// The build copies the dataset and its search index next to cli.mjs. Kept out of the bundle, they
// cost nothing at start-up: a command reads the dataset only when it needs data, the index only
// when it searches.
const readBeside = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), "utf8");

/** The atlas over the dataset shipped with the CLI, read on first use (never at start-up). */
export function atlasOf(): Atlas {
  atlas ??= createAtlas(JSON.parse(readBeside("dataset.json")) as Dataset, () => readBeside("search-index.json"));
  return atlas;
}
