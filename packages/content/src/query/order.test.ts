import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../load/index.ts";
import { COLLECTIONS } from "../schema/values.ts";
import { createAtlas } from "./atlas.ts";
import { codeUnitOrder, sortText } from "./order.ts";
import { recordName } from "./reader.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const collator = new Intl.Collator("en");

describe("sortText", () => {
  it("files names under their letter whatever the case or accent", () => {
    expect(sortText("Çukurova University")).toBe("cukurova university");
    expect(sortText("Türkiye")).toBe("turkiye");
    const names = ["zeta", "Émile", "Cairo", "çukurova", "Aga Khan", "ege"];
    expect(names.sort((a, b) => codeUnitOrder(sortText(a), sortText(b)))).toEqual([
      "Aga Khan",
      "Cairo",
      "çukurova",
      "ege",
      "Émile",
      "zeta",
    ]);
  });

  // The atlas sorts names without ICU collation for speed; this is the check that nothing is lost.
  it("orders every collection by name exactly as ICU collation would", async () => {
    const result = await loadDataset(path.join(here, "../../data"));
    if (!result.ok) throw new Error("the real data must be valid for these tests");
    const atlas = createAtlas(result.dataset);
    for (const collection of COLLECTIONS) {
      const records = result.dataset[collection] as never[];
      const expected = [...records]
        .sort(
          (a, b) =>
            collator.compare(recordName(collection, a), recordName(collection, b)) ||
            codeUnitOrder((a as { id: string }).id, (b as { id: string }).id),
        )
        .map((r) => (r as { id: string }).id);
      const sort = collection === "trials" || collection === "events" ? "title" : "name";
      const listed: string[] = [];
      let cursor: string | undefined;
      do {
        const page = atlas.list(collection, { sort, limit: 100, ...(cursor ? { cursor } : {}) } as never);
        listed.push(...page.data.map((r) => r.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(listed, collection).toEqual(expected.slice(0, listed.length));
    }
  });
});
