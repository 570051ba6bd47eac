import { getDataset } from "@cell-atlas/content";
import { describe, expect, it } from "vitest";
import { alpha2ToNumeric } from "@/lib/iso";
import { bucketOf, drawMap } from "@/lib/map";

describe("ISO numeric mapping and the map", () => {
  const countries = getDataset().countries;

  it("maps every country in the dataset to an ISO numeric code", () => {
    const unmapped = countries.filter((c) => !alpha2ToNumeric(c.id)).map((c) => c.id);
    expect(unmapped).toEqual([]);
  });

  it("maps known codes correctly", () => {
    expect(alpha2ToNumeric("sa")).toBe("682");
    expect(alpha2ToNumeric("ps")).toBe("275");
    expect(alpha2ToNumeric("zz")).toBeUndefined();
  });

  it("draws a shape or a dot for every OIC member state in the dataset", () => {
    const members = countries.filter((c) => c.oicMember).map((c) => ({ id: c.id, name: c.name, value: 1 }));
    const map = drawMap(members);
    expect(map.missing).toEqual([]);
    expect(map.shapes).toHaveLength(members.length);
    for (const s of map.shapes) expect(Boolean(s.d) || Boolean(s.dot)).toBe(true);
    // Small states absent from the coarse map (e.g. Bahrain) still get a dot.
    const bahrain = drawMap([{ id: "bh", name: "Bahrain", value: 2 }]).shapes[0];
    expect(bahrain?.dot).toBeDefined();
  });

  it("shades by buckets", () => {
    expect([0, 1, 2, 3, 4, 6, 7, 40].map(bucketOf)).toEqual([0, 1, 2, 2, 3, 3, 4, 4]);
  });

  it("copes with no countries at all", () => {
    const map = drawMap([]);
    expect(map.shapes).toEqual([]);
    expect(map.height).toBeGreaterThan(0);
  });
});
