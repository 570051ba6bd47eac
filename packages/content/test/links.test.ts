// The links between records (query/links.ts) on the synthetic dataset: both directions, roles,
// each end once, in data order; the programmes each record reaches for the area and modality
// filters; and that one record's links read only what they must. The expected lists are read off
// test/synthetic.ts by hand, walking the collections in dataset order.
import { describe, expect, it } from "vitest";
import { createLinks, type LinkEnd, type Links } from "../src/query/links.ts";
import type { CollectionName, Dataset } from "../src/schema/index.ts";
import { COLLECTIONS } from "../src/schema/values.ts";
import { syntheticDataset } from "./synthetic.ts";
import { tracked } from "./tracked.ts";

const show = (ends: readonly LinkEnd[]) => ends.map((e) => `${e.collection}/${e.id}${e.role ? `:${e.role}` : ""}`);
const copy = () => structuredClone(syntheticDataset());
const find = <T extends { id: string }>(list: T[], id: string): T => {
  const r = list.find((x) => x.id === id);
  if (!r) throw new Error(`${id} is not in the synthetic data`);
  return r;
};

/**
 * Links answered by the one-record walk (a new createLinks per question, since a second question
 * builds the index), and by the full index (built by asking for reach first).
 */
const both = (d: Dataset) => {
  const fresh: Links = {
    of: (c, id) => createLinks(d).of(c, id),
    idsOf: (c, id, target) => createLinks(d).idsOf(c, id, target),
    therapiesOf: (c, id) => createLinks(d).therapiesOf(c, id),
    trialAreas: (trial) => createLinks(d).trialAreas(trial),
  };
  const indexed = createLinks(d);
  indexed.therapiesOf("countries", "sa");
  return [
    ["one-record walk", fresh],
    ["full index", indexed],
  ] as const;
};

describe("links.of", () => {
  it("lists the records a therapy names, then those naming it, each once, with roles", () => {
    for (const [how, links] of both(syntheticDataset()))
      expect(show(links.of("therapies", "royan")), how).toEqual([
        "organizations/royan:developer",
        "organizations/hacettepe:clinical-site",
        "countries/ir",
        "countries/tr",
        "trials/irct1", // also names royan back: listed once
        "trials/irct2", // names no therapy: listed from royan's side only
        "events/2015-royan-trial",
      ]);
  });

  it("keeps one end per role: a country's regulator is also an organization based there", () => {
    for (const [how, links] of both(syntheticDataset())) {
      expect(show(links.of("countries", "sa")), how).toEqual([
        "therapies/kfshrc-cd19",
        "therapies/acme-nk", // named twice by acme-nk (a site, and its approval's country): once
        "organizations/sfda",
        "organizations/kfshrc",
        "organizations/sfda:regulator",
        "trials/nct00000001",
        "trials/nct00000002",
        "events/2021-03-first-car-t",
        "events/2024-05-acme-approval",
        "events/2020-12-kfshrc-unit",
      ]);
      expect(show(links.of("organizations", "sfda")), how).toEqual([
        "therapies/acme-nk:regulator",
        "countries/sa",
        "countries/sa:regulator",
        "events/2024-05-acme-approval",
      ]);
      expect(show(links.of("trials", "irct1")), how).toEqual([
        "therapies/royan",
        "organizations/royan:sponsor",
        "countries/ir",
      ]);
    }
  });

  it("lists an organization twice when it plays two roles, on both sides", () => {
    const d = copy();
    find(d.therapies, "kfshrc-cd19").organizations.push({ id: "kfshrc", role: "sponsor" });
    for (const [how, links] of both(d)) {
      expect(show(links.of("therapies", "kfshrc-cd19")).slice(0, 2), how).toEqual([
        "organizations/kfshrc:developer",
        "organizations/kfshrc:sponsor",
      ]);
      expect(show(links.of("organizations", "kfshrc")).slice(0, 3), how).toEqual([
        "therapies/kfshrc-cd19:developer",
        "therapies/kfshrc-cd19:sponsor",
        "therapies/ml-hsc:manufacturer",
      ]);
      expect(links.idsOf("organizations", "kfshrc", "therapies"), how).toEqual(["kfshrc-cd19", "ml-hsc"]);
    }
  });

  it("has nothing for an unknown record, and never mixes records that share an id", () => {
    for (const [how, links] of both(syntheticDataset())) {
      expect(links.of("therapies", "nope"), how).toEqual([]);
      expect(links.of("organizations", "royan-msc-old"), how).toEqual([]);
      expect(show(links.of("organizations", "royan")), how).toEqual([
        "therapies/royan:developer",
        "countries/ir",
        "trials/irct1:sponsor",
        "events/2015-royan-trial",
      ]);
    }
  });

  it("answers every record the same with and without the full index", () => {
    const [[, fresh], [, indexed]] = both(syntheticDataset());
    for (const c of COLLECTIONS)
      for (const { id } of syntheticDataset()[c] as { id: string }[])
        expect(show(fresh.of(c, id)), `${c}/${id}`).toEqual(show(indexed.of(c, id)));
  });
});

describe("links.idsOf", () => {
  it("gives the ids linked in one collection, either direction, each once", () => {
    for (const [how, links] of both(syntheticDataset())) {
      expect(links.idsOf("organizations", "sfda", "countries"), how).toEqual(["sa"]);
      expect(links.idsOf("countries", "sa", "organizations"), how).toEqual(["sfda", "kfshrc"]);
      expect(links.idsOf("trials", "irct2", "therapies"), how).toEqual(["royan"]);
      expect(links.idsOf("trials", "irct2", "events"), how).toEqual([]);
    }
  });
});

describe("links.therapiesOf", () => {
  const ids = (links: ReturnType<typeof createLinks>, c: CollectionName, id: string) =>
    links.therapiesOf(c, id).map((t) => t.id);

  it("gives a therapy itself, and nothing for an unknown one", () => {
    const links = createLinks(syntheticDataset());
    expect(ids(links, "therapies", "royan")).toEqual(["royan"]);
    expect(links.therapiesOf("therapies", "royan")[0]?.name).toBe("Royan MSC");
    expect(ids(links, "therapies", "nope")).toEqual([]);
  });

  it("gives the programmes a record names or is named by, in data order", () => {
    const links = createLinks(syntheticDataset());
    expect(ids(links, "organizations", "kfshrc")).toEqual(["kfshrc-cd19", "ml-hsc"]);
    expect(ids(links, "countries", "sa")).toEqual(["kfshrc-cd19", "acme-nk"]);
    expect(ids(links, "countries", "tr")).toEqual(["royan", "hacettepe-limbal"]);
    expect(ids(links, "trials", "irct2")).toEqual(["royan"]); // listed by royan only
    expect(ids(links, "trials", "nct00000002")).toEqual(["acme-nk"]);
    expect(ids(links, "events", "2024-05-acme-approval")).toEqual(["acme-nk"]);
    expect(ids(links, "countries", "jo")).toEqual([]);
    expect(ids(links, "trials", "pactr1")).toEqual([]);
    expect(ids(links, "events", "nope")).toEqual([]);
  });

  it("does not count an approval as a programme of its regulator or of the approving country", () => {
    const d = copy();
    find(d.therapies, "acme-nk").approvals[0]!.country = "jo";
    const links = createLinks(d);
    expect(ids(links, "organizations", "sfda")).toEqual([]);
    expect(ids(links, "countries", "jo")).toEqual([]);
    // The regulator link is still a link.
    expect(show(links.of("organizations", "sfda"))).toContain("therapies/acme-nk:regulator");
  });

  it("does not bring in the therapy that shares an id with a linked organization", () => {
    const d = copy();
    find(d.events, "2020-12-31-tr-rules").organizations = ["royan"];
    expect(ids(createLinks(d), "events", "2020-12-31-tr-rules")).toEqual([]);
  });

  it("skips a programme id that names no therapy", () => {
    const d = copy();
    find(d.trials, "pactr1").therapy = "gone";
    expect(ids(createLinks(d), "trials", "pactr1")).toEqual([]);
  });
});

describe("links.trialAreas", () => {
  it("gives a trial's own area, else every area of its programmes, each once", () => {
    const d = copy();
    const links = createLinks(d);
    expect(links.trialAreas(find(d.trials, "irct1"))).toEqual(["neurological"]); // own area, though royan has two
    expect(links.trialAreas(find(d.trials, "irct2"))).toEqual(["neurological", "regenerative"]);
    expect(links.trialAreas(find(d.trials, "nct00000002"))).toEqual(["autoimmune", "cancer"]);
    expect(links.trialAreas(find(d.trials, "pactr1"))).toEqual([]);
    const twice = copy();
    find(twice.therapies, "acme-nk").indications.push({ ...find(twice.therapies, "acme-nk").indications[0]! });
    expect(createLinks(twice).trialAreas(find(twice.trials, "nct00000002"))).toEqual(["autoimmune", "cancer"]);
  });
});

describe("what links read", () => {
  it("reads, for one record's links, only itself and the records of the collections that can name it", () => {
    const t = tracked(syntheticDataset());
    const links = createLinks(t.dataset);
    expect(show(links.of("trials", "irct2"))).toEqual([
      "therapies/royan",
      "organizations/hacettepe:sponsor",
      "countries/ir",
      "countries/tr",
    ]);
    // Therapies list trials; no other collection names one.
    expect(new Set(t.collections)).toEqual(new Set(["therapies", "trials"]));
    expect([...t.records].filter((r) => r.startsWith("trials/"))).toEqual(["trials/irct2"]);

    t.reset();
    expect(show(createLinks(t.dataset).of("therapies", "hacettepe-limbal"))).toEqual([
      "organizations/hacettepe:sponsor",
      "countries/tr",
      "events/2016-hacettepe-first",
    ]);
    expect(new Set(t.collections)).toEqual(new Set(["therapies", "trials", "events"]));
    expect([...t.records].filter((r) => r.startsWith("therapies/"))).toEqual(["therapies/hacettepe-limbal"]);
  });

  it("builds the full index on a second question, so links of every record cost one walk, not one each", () => {
    const t = tracked(syntheticDataset());
    const links = createLinks(t.dataset);
    links.of("trials", "irct2");
    expect(new Set(t.collections)).toEqual(new Set(["therapies", "trials"]));
    t.reset();
    links.of("therapies", "royan");
    expect(new Set(t.collections)).toEqual(new Set(COLLECTIONS));
    t.reset();
    for (const c of COLLECTIONS)
      for (const { id } of syntheticDataset()[c] as { id: string }[]) links.idsOf(c, id, "countries");
    expect(t.collections).toEqual([]);
  });

  it("builds the full index once, and answers from it after", () => {
    const t = tracked(syntheticDataset());
    const links = createLinks(t.dataset);
    expect(links.therapiesOf("events", "2015-royan-trial").map((x) => x.id)).toEqual(["royan"]);
    expect(new Set(t.collections)).toEqual(new Set(COLLECTIONS));
    t.reset();
    expect(links.therapiesOf("events", "2016-hacettepe-first").map((x) => x.id)).toEqual(["hacettepe-limbal"]);
    expect(show(links.of("trials", "irct2"))).toHaveLength(4);
    expect(links.idsOf("countries", "tr", "therapies")).toEqual(["royan", "hacettepe-limbal"]);
    expect(t.collections).toEqual([]);
  });
});
