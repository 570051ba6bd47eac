// The scale bench's synthetic data must be real data: the loader validates every copy, and every
// copy links to the copies of its own generation.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyId, shuffleWords, writeScaledData } from "../bench/scale-data.ts";
import { loadDataset } from "../src/load/index.ts";
import type { Dataset } from "../src/schema/index.ts";

const dataDir = path.join(import.meta.dirname, "..", "data");
let dir: string;
let dataset: Dataset;
let real: Dataset;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "cell-atlas-scale-"));
  await writeScaledData(dataDir, dir, 2);
  const [scaled, original] = await Promise.all([loadDataset(dir), loadDataset(dataDir)]);
  if (!scaled.ok) throw new Error(`the 2× data is invalid: ${JSON.stringify(scaled.issues.slice(0, 3), null, 2)}`);
  if (!original.ok) throw new Error("the real data is invalid");
  dataset = scaled.dataset;
  real = original.dataset;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("scale data", () => {
  it("doubles every collection but countries, which are a fixed set", () => {
    expect(dataset.meta.counts).toEqual({
      ...Object.fromEntries(Object.entries(real.meta.counts).map(([c, n]) => [c, n * 2])),
      countries: real.meta.counts.countries,
    });
  });

  it("links each copied trial to the copies of its therapy and sponsor", () => {
    const copies = dataset.trials.filter((t) => !real.trials.some((r) => r.id === t.id));
    expect(copies).toHaveLength(real.trials.length);
    for (const copy of copies) {
      if (copy.therapy) expect(copy.therapy).toMatch(/-x0001$/);
      if (copy.sponsor) expect(copy.sponsor).toMatch(/-x0001$/);
    }
    const linked = copies.filter((t) => t.therapy);
    expect(linked.length).toBeGreaterThan(real.trials.length / 2);
    const therapies = new Map(dataset.therapies.map((t) => [t.id, t]));
    for (const t of linked) expect(therapies.get(t.therapy as string)?.trials).toContain(t.id);
  });

  it("keeps text lengths but not the text", () => {
    const original = real.therapies[0];
    const copy = dataset.therapies.find((t) => t.id === `${original?.id}-x0001`);
    expect(copy?.summary.length).toBe(original?.summary.length);
    expect(copy?.summary).not.toBe(original?.summary);
  });

  it("renumbers ClinicalTrials.gov ids as well-formed NCT numbers", () => {
    expect(copyId("trials", "nct03280056", 7, 12)).toBe("nct90700012");
    expect(copyId("trials", "irct-77118", 7, 12)).toBe("irct-77118-x0007");
    expect(copyId("therapies", "nurown", 12, 0)).toBe("nurown-x0012");
    const renumbered = dataset.trials.filter((t) => t.id.startsWith("nct9"));
    expect(renumbered.length).toBeGreaterThan(0);
    for (const t of renumbered) if (t.registryId) expect(t.registryId).toBe(t.id.toUpperCase());
  });

  it("shuffles plain words only, leaving Markdown links in place", () => {
    const text = "See [the record](https://x.test/a) for the first patients treated in 2020.";
    const out = shuffleWords(text, 3);
    expect(out).toHaveLength(text.length);
    expect(out).toContain("[the record](https://x.test/a)");
  });
});
