import { datasetText, searchIndexText } from "virtual:cell-atlas-data";
import { type Atlas, createAtlas, type Dataset } from "@cell-atlas/content";

let atlas: Atlas | undefined;

/** The atlas over the dataset bundled into the CLI, parsed on first use (never at start-up). */
export function atlasOf(): Atlas {
  atlas ??= createAtlas(JSON.parse(datasetText) as Dataset, searchIndexText);
  return atlas;
}
