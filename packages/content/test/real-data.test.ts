import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatIssue, loadDataset } from "../src/load/index.ts";
import { COLLECTIONS } from "../src/schema/index.ts";

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../data");

describe("the real data", () => {
  it("loads with no problems and every record has an https source", async () => {
    const result = await loadDataset(dataDir);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    if (!result.ok) return;
    for (const c of COLLECTIONS) {
      for (const record of result.dataset[c]) {
        expect(record.sources.length, `${c}/${record.id}`).toBeGreaterThan(0);
        for (const s of record.sources) expect(s.url.startsWith("https://"), `${c}/${record.id}: ${s.url}`).toBe(true);
      }
    }
  });

  it("records the seed article's corrections on NurOwn", async () => {
    const result = await loadDataset(dataDir);
    if (!result.ok) throw new Error("dataset invalid");
    const nurown = result.dataset.therapies.find((t) => t.id === "nurown");
    expect(nurown?.notes.join(" ")).toMatch(/Islamic/);
    const brainstorm = result.dataset.organizations.find((o) => o.id === "brainstorm-cell-therapeutics");
    const country = result.dataset.countries.find((c) => c.id === brainstorm?.country);
    expect(country?.oicMember).toBe(false);
  });
});
