// Every filter, sort, link and count of the query module, checked against an oracle written here
// by hand (plain loops over the synthetic dataset, no code shared with the module under test).
import { describe, expect, it } from "vitest";
import { type Atlas, createAtlas } from "../src/query/atlas.ts";
import { FILTERS } from "../src/query/filters.ts";
import { SORTS } from "../src/query/sorts.ts";
import { type CollectionName, Dataset as DatasetSchema, type RecordOf } from "../src/schema/index.ts";
import {
  AREAS,
  CELL_SOURCES,
  COLLECTIONS,
  EVENT_KINDS,
  EVIDENCE_LEVELS,
  MODALITIES,
  ORGANIZATION_KINDS,
  REGIONS,
  STAGES,
  STATUSES,
  STUDY_TYPES,
  TRIAL_PHASES,
  TRIAL_REGISTRIES,
  TRIAL_STATUSES,
} from "../src/schema/values.ts";
import { syntheticDataset } from "./synthetic.ts";

const d = syntheticDataset();
const atlas: Atlas = createAtlas(d);

type T = RecordOf<"therapies">;
const idsOf = (records: readonly { id: string }[]) => records.map((r) => r.id);
const allIds = (c: CollectionName) => (d[c] as { id: string }[]).map((r) => r.id);

// The oracle's own view of links, written out longhand.
const therapiesOfOrganization = (id: string) => d.therapies.filter((t) => t.organizations.some((o) => o.id === id));
const therapiesOfCountry = (id: string) => d.therapies.filter((t) => t.countries.includes(id));
const therapiesOfTrial = (trial: RecordOf<"trials">) =>
  d.therapies.filter((t) => t.id === trial.therapy || t.trials.includes(trial.id));
const therapiesOfEvent = (e: RecordOf<"events">) => d.therapies.filter((t) => e.therapies.includes(t.id));
const areasOfTrial = (trial: RecordOf<"trials">) =>
  trial.area ? [trial.area] : therapiesOfTrial(trial).flatMap((t) => t.indications.map((i) => i.area));
const furthest = (t: T) => {
  const top = Math.max(...t.indications.map((i) => STAGES.indexOf(i.stage)));
  const levels = t.indications.filter((i) => STAGES.indexOf(i.stage) === top).map((i) => i.evidence);
  return EVIDENCE_LEVELS.find((l) => levels.includes(l));
};
// "2020" spans 2020-01-01 to 2020-12-31; "2020-02" spans 2020-02-01 to 2020-02-31 (no date sorts after it).
const startOf = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
const endOf = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);
const hasArea = (ts: T[], v: string) => ts.some((t) => t.indications.some((i) => i.area === v));
const hasModality = (ts: T[], v: string) => ts.some((t) => t.modality === v);

type Oracle<C extends CollectionName> = Record<
  string,
  { values: readonly unknown[]; admits: (r: RecordOf<C>, v: never) => boolean }
>;
const ids = (c: CollectionName) => [...allIds(c), "nope"];
const years = ["2015", "2016", "2019", "2020", "2020-12", "2020-12-31", "2021", "2021-03", "2024-05-02", "2030"];

const ORACLE: { [C in CollectionName]: Oracle<C> } = {
  therapies: {
    area: { values: AREAS, admits: (t, v) => t.indications.some((i) => i.area === v) },
    modality: { values: MODALITIES, admits: (t, v) => t.modality === v },
    country: { values: ids("countries"), admits: (t, v) => t.countries.includes(v) },
    stage: { values: STAGES, admits: (t, v) => t.indications.some((i) => i.stage === v) },
    status: { values: STATUSES, admits: (t, v) => t.indications.some((i) => i.status === v) },
    cellSource: { values: CELL_SOURCES, admits: (t, v) => t.cellSource === v },
    organization: { values: ids("organizations"), admits: (t, v) => t.organizations.some((o) => o.id === v) },
    evidence: { values: EVIDENCE_LEVELS, admits: (t, v) => furthest(t) === v },
  },
  organizations: {
    area: { values: AREAS, admits: (o, v) => hasArea(therapiesOfOrganization(o.id), v) },
    modality: { values: MODALITIES, admits: (o, v) => hasModality(therapiesOfOrganization(o.id), v) },
    kind: { values: ORGANIZATION_KINDS, admits: (o, v) => o.kind === v },
    country: { values: ids("countries"), admits: (o, v) => o.country === v },
  },
  countries: {
    area: { values: AREAS, admits: (c, v) => hasArea(therapiesOfCountry(c.id), v) },
    modality: { values: MODALITIES, admits: (c, v) => hasModality(therapiesOfCountry(c.id), v) },
    region: { values: REGIONS, admits: (c, v) => c.region === v },
    oicMember: { values: ["true", "false"], admits: (c, v) => String(c.oicMember) === v },
    hasProgrammes: { values: ["true", "false"], admits: (c, v) => String(therapiesOfCountry(c.id).length > 0) === v },
  },
  trials: {
    area: { values: AREAS, admits: (t, v) => areasOfTrial(t).includes(v) },
    modality: { values: MODALITIES, admits: (t, v) => hasModality(therapiesOfTrial(t), v) },
    status: { values: TRIAL_STATUSES, admits: (t, v) => t.status === v },
    phase: { values: TRIAL_PHASES, admits: (t, v) => t.phase === v },
    registry: { values: TRIAL_REGISTRIES, admits: (t, v) => t.registry === v },
    studyType: { values: STUDY_TYPES, admits: (t, v) => t.studyType === v },
    country: { values: ids("countries"), admits: (t, v) => t.countries.includes(v) },
    therapy: { values: ids("therapies"), admits: (t, v) => therapiesOfTrial(t).some((x) => x.id === v) },
    organization: { values: ids("organizations"), admits: (t, v) => t.sponsor === v },
    year: { values: ["2015", "2019", "2021", "2022"], admits: (t, v) => (t.startDate ?? "").startsWith(v) },
    evidence: { values: EVIDENCE_LEVELS, admits: (t, v) => t.evidence === v },
  },
  events: {
    area: { values: AREAS, admits: (e, v) => hasArea(therapiesOfEvent(e), v) },
    modality: { values: MODALITIES, admits: (e, v) => hasModality(therapiesOfEvent(e), v) },
    kind: { values: EVENT_KINDS, admits: (e, v) => e.kind === v },
    country: { values: ids("countries"), admits: (e, v) => e.countries.includes(v) },
    organization: { values: ids("organizations"), admits: (e, v) => e.organizations.includes(v) },
    therapy: { values: ids("therapies"), admits: (e, v) => e.therapies.includes(v) },
    // A partial date stands for its whole span; a record is admitted when the spans overlap.
    from: { values: years, admits: (e, v: string) => endOf(e.date) >= startOf(v) },
    to: { values: years, admits: (e, v: string) => startOf(e.date) <= endOf(v) },
    evidence: { values: EVIDENCE_LEVELS, admits: (e, v) => e.evidence === v },
  },
};

/** Every record a query matches, through every page of two. */
function walk(collection: CollectionName, input: Record<string, unknown>): string[] {
  const out: string[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 100; i++) {
    const page = atlas.list(collection, { ...input, limit: 2, ...(cursor ? { cursor } : {}) } as never);
    out.push(...page.data.map((r) => r.id));
    expect(page.total).toBeGreaterThanOrEqual(out.length);
    if (!page.nextCursor) return out;
    cursor = page.nextCursor;
  }
  throw new Error("the cursor walk did not end");
}

describe("the synthetic dataset", () => {
  it("is a valid published dataset", () => {
    expect(DatasetSchema.safeParse(d).success).toBe(true);
  });
});

describe("every filter of every collection agrees with the oracle", () => {
  for (const collection of COLLECTIONS) {
    it(`${collection}: the oracle covers exactly the declared filters`, () => {
      expect(Object.keys(ORACLE[collection]).sort()).toEqual(Object.keys(FILTERS[collection]).sort());
    });
    for (const [param, { values, admits }] of Object.entries(ORACLE[collection] as Oracle<CollectionName>)) {
      it(`${collection} ?${param}=`, () => {
        const records = d[collection] as RecordOf<CollectionName>[];
        let discriminates = false;
        for (const value of values) {
          const expected = idsOf(records.filter((r) => admits(r, value as never))).sort();
          expect(walk(collection, { [param]: value }).sort(), `${param}=${String(value)}`).toEqual(expected);
          if (expected.length > 0 && expected.length < records.length) discriminates = true;
        }
        // The synthetic data must exercise the filter: some value admits some records but not all.
        expect(discriminates, `no value of ${param} splits the ${collection}`).toBe(true);
      });
    }
  }

  it("combines filters with AND", () => {
    expect(walk("trials", { country: "sa", phase: "phase-3" })).toEqual(["nct00000002"]);
    expect(walk("therapies", { area: "cancer", country: "us" })).toEqual(["acme-nk"]);
    expect(walk("therapies", { area: "blood-disorders", modality: "car-t" })).toEqual([]);
  });
});

describe("sorting and paging", () => {
  const direct = (collection: CollectionName, key: (r: never) => string | number | undefined, desc: boolean) =>
    [...(d[collection] as { id: string }[])]
      .sort((a, b) => {
        const ka = key(a as never);
        const kb = key(b as never);
        if (ka === kb) return a.id < b.id ? -1 : 1;
        if (ka === undefined) return 1;
        if (kb === undefined) return -1;
        return (ka < kb ? -1 : 1) * (desc ? -1 : 1);
      })
      .map((r) => r.id);
  const keys: { [C in CollectionName]: Record<string, (r: RecordOf<C>) => string | number | undefined> } = {
    therapies: {
      name: (t) => t.name.toLowerCase(),
      stage: (t) => Math.max(...t.indications.map((i) => STAGES.indexOf(i.stage))),
      lastReviewed: (t) => t.lastReviewed,
    },
    organizations: { name: (o) => o.name.toLowerCase(), country: (o) => o.country, founded: (o) => o.founded },
    countries: {
      name: (c) =>
        c.name
          .toLowerCase()
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, ""),
      programmes: (c) => therapiesOfCountry(c.id).length,
    },
    trials: {
      startDate: (t) => t.startDate,
      title: (t) => t.title.toLowerCase(),
      phase: (t) => TRIAL_PHASES.indexOf(t.phase),
      enrollment: (t) => t.enrollment,
    },
    events: { date: (e) => e.date, title: (e) => e.title.toLowerCase() },
  };

  for (const collection of COLLECTIONS) {
    it(`${collection}: every sort, both ways, and the default`, () => {
      expect(Object.keys(keys[collection]).sort()).toEqual(Object.keys(SORTS[collection].keys).sort());
      for (const [field, key] of Object.entries(keys[collection])) {
        expect(walk(collection, { sort: field }), field).toEqual(direct(collection, key as never, false));
        expect(walk(collection, { sort: `-${field}` }), `-${field}`).toEqual(direct(collection, key as never, true));
      }
      const def = SORTS[collection].defaultSort;
      expect(walk(collection, {})).toEqual(walk(collection, { sort: def }));
    });
  }

  it("pages carry the total, and a cursor belongs to its query", () => {
    const first = atlas.list("therapies", { limit: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.total).toBe(5);
    expect(first.nextCursor).not.toBeNull();
    expect(() => atlas.list("therapies", { limit: 2, area: "cancer", cursor: first.nextCursor as string })).toThrow(
      /different query/,
    );
    const last = atlas.list("therapies", { limit: 5 });
    expect(last.nextCursor).toBeNull();
  });

  it("ranks by relevance with q and filters the hits", () => {
    expect(walk("therapies", { q: "NK" })).toEqual(["acme-nk"]);
    expect(walk("therapies", { q: "MSC", country: "us" })).toEqual([]);
  });
});

describe("bad queries", () => {
  it("names every bad parameter and what it allows", () => {
    const parsed = atlas.parseQuery("therapies", { area: "cardio", limit: "500", colour: "red", evidence: "sure" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const byParam = Object.fromEntries(parsed.errors.map((e) => [e.param, e]));
    expect(byParam.area?.allowed).toBe("cancer, autoimmune, regenerative, blood-disorders, neurological, other");
    expect(byParam.evidence?.allowed).toBe("confirmed, reported, claimed");
    expect(byParam.limit?.detail).toBe("must be at most 100");
    expect(byParam.colour?.detail).toBe('unknown parameter "colour"');
    expect(byParam.colour?.allowed).toMatch(
      /^area, modality, country, stage, status, cellSource, organization, evidence, sort, q, limit, cursor$/,
    );
    expect(() => atlas.list("trials", { year: "twenty" } as never)).toThrow(/year: must be a year/);
    expect(() => atlas.list("countries", { oicMember: "maybe" } as never)).toThrow(/must be true or false/);
    expect(() => atlas.list("therapies", { cursor: "not-a-cursor!" })).toThrow(/is not a cursor/);
  });
});

describe("links", () => {
  const related = (c: CollectionName, id: string) =>
    Object.fromEntries(
      Object.entries(atlas.related(c, id)).map(([k, refs]) => [
        k,
        refs.map((r) => `${r.id}${r.role ? `:${r.role}` : ""}`).sort(),
      ]),
    );

  it("resolves both directions, with roles, and an id shared by two collections stays apart", () => {
    expect(related("therapies", "royan")).toEqual({
      organizations: ["hacettepe:clinical-site", "royan:developer"],
      countries: ["ir", "tr"],
      trials: ["irct1", "irct2"],
      events: ["2015-royan-trial"],
    });
    expect(related("organizations", "royan")).toEqual({
      countries: ["ir"],
      therapies: ["royan:developer"],
      trials: ["irct1:sponsor"],
      events: ["2015-royan-trial"],
    });
    expect(related("trials", "irct2")).toEqual({
      therapies: ["royan"],
      organizations: ["hacettepe:sponsor"],
      countries: ["ir", "tr"],
    });
    expect(related("countries", "sa").organizations).toEqual(["kfshrc", "sfda", "sfda:regulator"]);
    expect(related("therapies", "acme-nk").organizations).toEqual(["acme:developer", "sfda:regulator"]);
    expect(
      atlas
        .find("royan")
        .map((f) => f.collection)
        .sort(),
    ).toEqual(["organizations", "therapies"]);
    expect(related("therapies", "nope")).toEqual({});
  });

  it("answers one record's links the same before and after the full index is built", () => {
    const fresh = () => createAtlas(d);
    const indexed = createAtlas(d);
    indexed.stats(); // builds the full index
    for (const c of COLLECTIONS)
      for (const r of d[c] as { id: string }[])
        expect(fresh().related(c, r.id), `${c}/${r.id}`).toEqual(indexed.related(c, r.id));
  });

  it("finds a renamed record by its former id", () => {
    expect(atlas.currentId("therapies", "royan-msc-old")).toBe("royan");
    expect(atlas.currentId("therapies", "royan")).toBeUndefined();
  });
});

describe("stats agree with direct counts", () => {
  // Computed in each test, not while the file is collected, so that `pnpm mutation` sees it.
  it("counts trials by area, country, phase, status and year", () => {
    const s = createAtlas(d).stats();
    for (const { key, trials } of s.trials.byArea)
      expect(trials, key).toBe(d.trials.filter((t) => areasOfTrial(t).includes(key as never)).length);
    for (const { key, trials } of s.trials.byCountry)
      expect(trials, key).toBe(d.trials.filter((t) => t.countries.includes(key)).length);
    expect(s.trials.byCountry.map((c) => c.key).sort()).toEqual(["ir", "ml", "sa", "tr", "us"]);
    for (const { key, trials } of s.trials.byPhase)
      expect(trials, key).toBe(d.trials.filter((t) => t.phase === key).length);
    for (const { key, trials } of s.trials.byStatus)
      expect(trials, key).toBe(d.trials.filter((t) => t.status === key).length);
    expect(s.trials.byYear.map((y) => [y.key, y.trials])).toEqual([
      ["2015", 2],
      ["2019", 1],
      ["2021", 1],
      ["unknown", 1],
    ]);
    expect(s.trials.byYear.find((y) => y.key === "2015")?.byArea).toMatchObject({ neurological: 2, regenerative: 1 });
    // Each trial once per (country, area) pair it has.
    const pairs = d.trials.reduce(
      (n, t) => n + new Set(t.countries).size * Math.max(1, new Set(areasOfTrial(t)).size),
      0,
    );
    expect(s.trials.cube.reduce((n, row) => n + row.trials, 0)).toBe(pairs);
    expect(s.trials.cube).toContainEqual({
      country: "tr",
      area: "regenerative",
      phase: "phase-1",
      status: "unknown",
      year: "2015",
      trials: 1,
    });
  });

  it("counts evidence levels, claims and figures", () => {
    const s = createAtlas(d).stats();
    expect(s.evidence.approvals).toEqual({ confirmed: 1, reported: 0, claimed: 0 });
    expect(s.evidence.trials).toEqual({ confirmed: 4, reported: 1, claimed: 0 });
    expect(s.evidence.firsts).toEqual({ confirmed: 1, reported: 1, claimed: 0 });
    expect(s.evidence.events).toEqual({ confirmed: 2, reported: 2, claimed: 2 });
    expect(s.evidence.stages).toEqual({
      confirmed: d.therapies.filter((t) => furthest(t) === "confirmed").length,
      reported: d.therapies.filter((t) => furthest(t) === "reported").length,
      claimed: d.therapies.filter((t) => furthest(t) === "claimed").length,
    });
    expect(s.totals).toMatchObject({ claims: 2, figures: 1, approvals: 1, trials: 5, countriesWithTrials: 4 });
    expect(s.byArea.find((a) => a.key === "cancer")).toEqual({
      key: "cancer",
      therapies: 2,
      countries: 2,
      trials: 2,
      approvals: 1,
    });
  });
});

describe("published evidence levels", () => {
  const therapy = (id: string) => d.therapies.find((t) => t.id === id) as T;
  it("derives each level from the kinds of the sources, never from the file", () => {
    expect(therapy("royan").indications.map((i) => i.evidence)).toEqual(["confirmed", "reported"]);
    expect(therapy("acme-nk").indications.map((i) => i.evidence)).toEqual(["confirmed", "claimed"]);
    expect(therapy("acme-nk").claims[0]?.evidence).toBe("claimed");
    expect(therapy("hacettepe-limbal").indications[0]?.evidence).toBe("claimed");
    expect(d.countries.find((c) => c.id === "sa")?.coverage).toMatchObject({ trialsRecorded: 2 });
    expect(d.countries.find((c) => c.id === "tr")?.figures[0]?.evidence).toBe("reported");
    expect(d.countries.find((c) => c.id === "tr")?.coverage).toBeUndefined();
  });
});
