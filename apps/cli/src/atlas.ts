import { type Atlas, createAtlas } from "@cell-atlas/content";
import { datasetOf, readBeside } from "./data.ts";

let atlas: Atlas | undefined;

/** The atlas with filters, search and stats over the shipped dataset, built on first use. */
export function atlasOf(): Atlas {
  atlas ??= createAtlas(datasetOf(), () => readBeside("search-index.json"));
  return atlas;
}
