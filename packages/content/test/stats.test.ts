// atlas.stats() on the synthetic dataset, every figure worked out by hand from test/synthetic.ts
// (the comments say how), and the Stats schema the API documents the figures with.
//
// Each test computes the stats itself: a value computed while the file is collected would not
// see the mutants `pnpm mutation` activates per test.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createAtlas } from "../src/query/atlas.ts";
import { createLinks } from "../src/query/links.ts";
import { computeStats } from "../src/query/stats.ts";
import { Stats } from "../src/query/stats-schema.ts";
import type { Dataset } from "../src/schema/index.ts";
import { syntheticDataset } from "./synthetic.ts";

const stats = (d: Dataset = syntheticDataset()) => computeStats(d, createLinks(d));
/** A copy to change: the synthetic records share their lists with the module that builds them. */
const copy = () => structuredClone(syntheticDataset());
const zero = { cancer: 0, autoimmune: 0, regenerative: 0, "blood-disorders": 0, neurological: 0, other: 0 };

describe("totals", () => {
  it("counts records, OIC members, countries with programmes and OIC countries with trials", () => {
    expect(stats().totals).toEqual({
      therapies: 5,
      organizations: 5,
      countries: 6,
      oicMembers: 5, // all but us
      countriesWithProgrammes: 5, // sa, ir, tr, us, ml (not jo)
      countriesWithTrials: 4, // trial countries sa, ir, tr, us, ml, of which us is not a member
      trials: 5,
      approvals: 1, // acme-nk's SFDA approval
      claims: 2, // acme-nk's and Iran's
      figures: 1, // Türkiye's
      events: 6,
    });
  });
});

describe("by area, modality and stage", () => {
  it("counts a therapy in every area of its indications, and a trial in its own area or its programme's", () => {
    expect(stats().byArea).toEqual([
      // kfshrc-cd19 (sa) and acme-nk (us, sa); trials nct00000001, nct00000002; acme-nk's approval
      { key: "cancer", therapies: 2, countries: 2, trials: 2, approvals: 1 },
      { key: "autoimmune", therapies: 1, countries: 2, trials: 1, approvals: 1 },
      // royan (ir, tr) and hacettepe-limbal (tr); irct2 reaches royan's knee indication
      { key: "regenerative", therapies: 2, countries: 2, trials: 1, approvals: 0 },
      // ml-hsc; pactr1 names no therapy and no area
      { key: "blood-disorders", therapies: 1, countries: 1, trials: 0, approvals: 0 },
      // royan; irct1 by its own area, irct2 through royan
      { key: "neurological", therapies: 1, countries: 2, trials: 2, approvals: 0 },
      { key: "other", therapies: 0, countries: 0, trials: 0, approvals: 0 },
    ]);
  });

  it("counts each modality, zero for the unused ones, in the declared order", () => {
    const byModality = stats().byModality;
    expect(byModality.filter((m) => m.therapies > 0)).toEqual([
      { key: "car-t", therapies: 1 },
      { key: "nk", therapies: 1 },
      { key: "msc", therapies: 1 },
      { key: "hsc", therapies: 1 },
      { key: "limbal", therapies: 1 },
    ]);
    expect(byModality.map((m) => m.key).slice(0, 3)).toEqual(["car-t", "tcr-t", "nk"]);
    expect(byModality.find((m) => m.key === "til")).toEqual({ key: "til", therapies: 0 });
    expect(byModality).toHaveLength(14);
  });

  it("counts each therapy once, at the furthest stage it reached", () => {
    const d = copy();
    // A second indication at an earlier stage must not count again.
    const first = d.therapies[0]?.indications[0];
    if (!first) throw new Error("synthetic data changed");
    d.therapies[0]?.indications.push({ ...first, stage: "preclinical" });
    expect(stats(d).byStage).toEqual([
      { key: "preclinical", therapies: 0 },
      { key: "early-use", therapies: 1 }, // hacettepe-limbal
      { key: "phase-1", therapies: 1 }, // kfshrc-cd19
      { key: "phase-1-2", therapies: 0 },
      { key: "phase-2", therapies: 1 }, // royan: phase-2 beats its phase-1 knee indication
      { key: "phase-2-3", therapies: 0 },
      { key: "phase-3", therapies: 0 }, // acme-nk's AML phase 3 is behind its approval
      { key: "approved", therapies: 1 }, // acme-nk
      { key: "in-clinical-use", therapies: 1 }, // ml-hsc
    ]);
  });
});

describe("by country and year", () => {
  it("lists every country, most programmes first, then by name", () => {
    expect(stats().byCountry).toEqual([
      { key: "sa", name: "Saudi Arabia", oicMember: true, therapies: 2, organizations: 2, trials: 2, events: 3 },
      { key: "tr", name: "Türkiye", oicMember: true, therapies: 2, organizations: 1, trials: 1, events: 2 },
      { key: "ir", name: "Iran", oicMember: true, therapies: 1, organizations: 1, trials: 2, events: 1 },
      { key: "ml", name: "Mali", oicMember: true, therapies: 1, organizations: 0, trials: 1, events: 0 },
      { key: "us", name: "United States", oicMember: false, therapies: 1, organizations: 1, trials: 1, events: 0 },
      { key: "jo", name: "Jordan", oicMember: true, therapies: 0, organizations: 0, trials: 0, events: 0 },
    ]);
  });

  it("counts a record once per country even when it names the country twice", () => {
    const d = copy();
    const trial = d.trials.find((t) => t.id === "pactr1");
    if (!trial) throw new Error("synthetic data changed");
    trial.countries = ["ml", "ml"];
    expect(stats(d).byCountry.find((c) => c.key === "ml")?.trials).toBe(1);
    expect(stats(d).trials.byCountry.find((c) => c.key === "ml")?.trials).toBe(1);
  });

  it("counts events, approvals and trial starts per year, for every year any of them has", () => {
    expect(stats().byYear).toEqual([
      { key: "2015", events: 1, approvals: 0, trialStarts: 2 }, // royan trial start; irct1, irct2
      { key: "2016", events: 1, approvals: 0, trialStarts: 0 },
      { key: "2019", events: 0, approvals: 0, trialStarts: 1 }, // nct00000002 only
      { key: "2020", events: 2, approvals: 0, trialStarts: 0 },
      { key: "2021", events: 1, approvals: 0, trialStarts: 1 },
      { key: "2024", events: 1, approvals: 1, trialStarts: 0 },
    ]);
  });

  it("gives an approval's year a row of its own when nothing else happened that year", () => {
    const d = copy();
    const approval = d.therapies.find((t) => t.id === "acme-nk")?.approvals[0];
    if (!approval) throw new Error("synthetic data changed");
    approval.date = "2023-01";
    expect(stats(d).byYear.find((y) => y.key === "2023")).toEqual({
      key: "2023",
      events: 0,
      approvals: 1,
      trialStarts: 0,
    });
    expect(stats(d).byYear.find((y) => y.key === "2024")).toEqual({
      key: "2024",
      events: 1,
      approvals: 0,
      trialStarts: 0,
    });
  });
});

describe("evidence", () => {
  it("counts each kind of statement by the level of its sources", () => {
    expect(stats().evidence).toEqual({
      // furthest stages: kfshrc-cd19 registry, royan's ALS journal, acme-nk's approval (regulator);
      // ml-hsc news; hacettepe-limbal its own site
      stages: { confirmed: 3, reported: 1, claimed: 1 },
      approvals: { confirmed: 1, reported: 0, claimed: 0 },
      // journal, regulator; news, news; press release, own site
      events: { confirmed: 2, reported: 2, claimed: 2 },
      firsts: { confirmed: 1, reported: 1, claimed: 0 }, // the CAR-T first (journal), the limbal first (news)
      trials: { confirmed: 4, reported: 1, claimed: 0 }, // irct2 cites news
      claims: { confirmed: 0, reported: 0, claimed: 2 }, // both cite press releases
      figures: { confirmed: 0, reported: 1, claimed: 0 }, // Türkiye's cites news
    });
  });

  it("takes the best evidence among the indications at the furthest stage, whatever their order", () => {
    const d = copy();
    const royan = d.therapies.find((t) => t.id === "royan");
    if (!royan) throw new Error("synthetic data changed");
    const [als, knee] = royan.indications as [never, never];
    // Three indications at phase 2: claimed, then confirmed, then reported.
    royan.indications = [
      { ...(knee as object), stage: "phase-2", evidence: "claimed" },
      { ...(als as object), evidence: "confirmed" },
      { ...(knee as object), stage: "phase-2", evidence: "reported" },
    ] as never;
    expect(stats(d).evidence.stages).toEqual({ confirmed: 3, reported: 1, claimed: 1 });
    royan.indications = [
      { ...(knee as object), stage: "phase-2", evidence: "reported" },
      { ...(als as object), evidence: "claimed" },
    ] as never;
    expect(stats(d).evidence.stages).toEqual({ confirmed: 2, reported: 2, claimed: 1 });
  });
});

describe("trials", () => {
  it("lists the countries with trials, most first, ties by id, with their names", () => {
    expect(stats().trials.byCountry).toEqual([
      { key: "ir", name: "Iran", trials: 2 },
      { key: "sa", name: "Saudi Arabia", trials: 2 },
      { key: "ml", name: "Mali", trials: 1 },
      { key: "tr", name: "Türkiye", trials: 1 },
      { key: "us", name: "United States", trials: 1 },
    ]);
  });

  it("shows the id of a trial country that has no record", () => {
    const d = copy();
    d.trials.find((t) => t.id === "pactr1")?.countries.push("zz");
    expect(stats(d).trials.byCountry.at(-1)).toEqual({ key: "zz", name: "zz", trials: 1 });
  });

  it("counts trials by area, phase and status, in the declared order, zero included", () => {
    const t = stats().trials;
    expect(t.byArea).toEqual([
      { key: "cancer", trials: 2 },
      { key: "autoimmune", trials: 1 },
      { key: "regenerative", trials: 1 },
      { key: "blood-disorders", trials: 0 },
      { key: "neurological", trials: 2 },
      { key: "other", trials: 0 },
    ]);
    expect(t.byPhase.filter((p) => p.trials > 0)).toEqual([
      { key: "phase-1", trials: 2 },
      { key: "phase-2", trials: 1 },
      { key: "phase-3", trials: 1 },
      { key: "not-applicable", trials: 1 },
    ]);
    expect(t.byPhase.reduce((n, p) => n + p.trials, 0)).toBe(5);
    expect(t.byStatus.filter((s) => s.trials > 0).map((s) => s.key)).toEqual([
      "recruiting",
      "completed",
      "terminated",
      "withdrawn",
      "unknown",
    ]);
    expect(t.byStatus.every((s) => s.trials <= 1)).toBe(true);
  });

  it("counts trials by start year, unknown last, split by area", () => {
    expect(stats().trials.byYear).toEqual([
      { key: "2015", trials: 2, byArea: { ...zero, neurological: 2, regenerative: 1 } },
      { key: "2019", trials: 1, byArea: { ...zero, cancer: 1, autoimmune: 1 } },
      { key: "2021", trials: 1, byArea: { ...zero, cancer: 1 } },
      { key: "unknown", trials: 1, byArea: zero },
    ]);
  });

  it("has one cube row per country × area × phase × status × year, in order, a trial with no area under unknown", () => {
    const row = (country: string, area: string, phase: string, status: string, year: string, trials = 1) => ({
      country,
      area,
      phase,
      status,
      year,
      trials,
    });
    expect(stats().trials.cube).toEqual([
      row("ir", "neurological", "phase-1", "unknown", "2015"), // irct2
      row("ir", "neurological", "phase-2", "completed", "2015"), // irct1
      row("ir", "regenerative", "phase-1", "unknown", "2015"),
      row("ml", "unknown", "not-applicable", "withdrawn", "unknown"), // pactr1
      row("sa", "autoimmune", "phase-3", "terminated", "2019"), // nct00000002
      row("sa", "cancer", "phase-1", "recruiting", "2021"), // nct00000001
      row("sa", "cancer", "phase-3", "terminated", "2019"),
      row("tr", "neurological", "phase-1", "unknown", "2015"),
      row("tr", "regenerative", "phase-1", "unknown", "2015"),
      row("us", "autoimmune", "phase-3", "terminated", "2019"),
      row("us", "cancer", "phase-3", "terminated", "2019"),
    ]);
  });

  it("adds up trials that fall in the same cube cell", () => {
    const d = copy();
    const irct1 = d.trials.find((t) => t.id === "irct1");
    if (!irct1) throw new Error("synthetic data changed");
    d.trials.push({ ...irct1, id: "irct3", startDate: "2015-09" });
    expect(stats(d).trials.cube.filter((r) => r.phase === "phase-2")).toEqual([
      { country: "ir", area: "neurological", phase: "phase-2", status: "completed", year: "2015", trials: 2 },
    ]);
  });
});

describe("the atlas", () => {
  it("computes the stats once and answers the same object after", () => {
    const atlas = createAtlas(syntheticDataset());
    const first = atlas.stats();
    expect(first.totals.trials).toBe(5);
    expect(atlas.stats()).toBe(first);
  });
});

describe("the Stats schema", () => {
  type Json = { description?: string; properties?: Record<string, Json>; items?: Json };
  const jsonSchema = () => z.toJSONSchema(Stats) as Json;

  it("accepts what atlas.stats() returns and keeps every field of it", () => {
    const s = stats();
    expect(Stats.parse(s)).toEqual(s);
  });

  it("rejects a negative or fractional count", () => {
    const s = stats();
    expect(Stats.safeParse({ ...s, totals: { ...s.totals, trials: -1 } }).success).toBe(false);
    expect(Stats.safeParse({ ...s, totals: { ...s.totals, trials: 1.5 } }).success).toBe(false);
  });

  it("documents every field the stats have, as the API's OpenAPI document shows it", () => {
    // Every key of the real output is a property of the JSON Schema, at every depth.
    const check = (value: unknown, schema: Json | undefined, path: string): void => {
      expect(schema, path).toBeDefined();
      if (Array.isArray(value)) {
        for (const item of value) check(item, schema?.items, `${path}[]`);
      } else if (value && typeof value === "object") {
        expect(Object.keys(schema?.properties ?? {}).sort(), path).toEqual(Object.keys(value).sort());
        for (const [k, v] of Object.entries(value)) check(v, schema?.properties?.[k], `${path}.${k}`);
      }
    };
    check(stats(), jsonSchema(), "stats");
  });

  it("gives no field an empty description, and explains the counts a reader could misread", () => {
    const descriptions: Record<string, string> = {};
    const walk = (node: Json, path: string): void => {
      if (node.description !== undefined) descriptions[path] = node.description;
      for (const [k, v] of Object.entries(node.properties ?? {})) walk(v, path ? `${path}.${k}` : k);
      if (node.items) walk(node.items, `${path}[]`);
    };
    walk(jsonSchema(), "");
    for (const [path, text] of Object.entries(descriptions)) expect(text.trim(), path).not.toBe("");
    // Counts whose meaning is not in their name.
    expect(descriptions["totals.countriesWithTrials"]).toMatch(/OIC/);
    expect(descriptions.byArea).toMatch(/every area/);
    expect(descriptions.byStage).toMatch(/[Ff]urthest stage/);
    expect(descriptions.evidence).toMatch(/confirmed, reported and claimed/);
    expect(descriptions["evidence.stages"]).toMatch(/furthest stage/);
    expect(descriptions["evidence.firsts"]).toMatch(/first-in-country/);
    expect(descriptions["evidence.claims"]).toMatch(/never confirmed/);
    expect(descriptions["evidence.approvals"]).toMatch(/confirmed, reported, claimed/);
    expect(descriptions.trials).toMatch(/trials/i);
    expect(descriptions["trials.byYear"]).toMatch(/counts in both/);
    expect(descriptions["trials.byYear[].key"]).toMatch(/'unknown'/);
    expect(descriptions["trials.cube"]).toMatch(/counts in each/);
    expect(descriptions["trials.cube[].year"]).toMatch(/'unknown'/);
  });
});
