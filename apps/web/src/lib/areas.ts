import type { Area } from "@cell-atlas/content";

/**
 * An area of the atlas. Its title and intro (one or two sentences, our own words, shown on the
 * home page and the area page) are messages: `Area.<id>.title` and `Area.<id>.intro`.
 */
export interface AreaInfo {
  id: Area;
  main: boolean;
}

/** The seed article's three sections lead; the other areas follow. */
export const AREAS: AreaInfo[] = [
  { id: "cancer", main: true },
  { id: "autoimmune", main: true },
  { id: "regenerative", main: true },
  { id: "blood-disorders", main: false },
  { id: "neurological", main: false },
  { id: "other", main: false },
];

export function areaInfo(id: string): AreaInfo | undefined {
  return AREAS.find((a) => a.id === id);
}
