import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readReleases } from "../scripts/releases.ts";
import { readSnapshot } from "../scripts/snapshot.ts";
import { hashRecords } from "../src/load/load-dataset.ts";
import { createChangeLog } from "../src/release/changes.ts";
import { diffRecords, diffValues } from "../src/release/diff.ts";
import { highlightsOf } from "../src/release/highlights.ts";
import { type Release, Release as ReleaseSchema } from "../src/release/schema.ts";
import { releaseSummary } from "../src/release/summary.ts";
import type { Dataset } from "../src/schema/index.ts";
import { syntheticDataset } from "./synthetic.ts";

const releasesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../releases");

/** The synthetic dataset one release later: one record of each kind of change. */
function nextVersion(d: Dataset): Dataset {
  const next = structuredClone(d);
  // changed: a stage moves, a source is added in front of the others, an approval is added
  const royan = next.therapies.find((t) => t.id === "royan");
  if (!royan) throw new Error("synthetic data changed");
  royan.indications[0] = { ...royan.indications[0], stage: "phase-3" } as (typeof royan.indications)[0];
  royan.sources.unshift({
    url: "https://sources.test/new",
    title: "New",
    publisher: "P",
    accessed: "2026-12-01",
    kind: "news",
  });
  royan.approvals.push({
    regulator: "sfda",
    country: "sa",
    date: "2026-12",
    kind: "full",
    indication: "ALS",
    sources: [
      { url: "https://sources.test/sfda", title: "SFDA", publisher: "SFDA", accessed: "2026-12-01", kind: "regulator" },
    ],
    evidence: "confirmed",
  });
  // renamed: kfshrc-cd19 becomes kfshrc-cd19-car-t, keeping its old id, with its name changed
  const kf = next.therapies.find((t) => t.id === "kfshrc-cd19");
  if (!kf) throw new Error("synthetic data changed");
  kf.id = "kfshrc-cd19-car-t";
  kf.formerIds = ["kfshrc-cd19"];
  kf.name = "KFSHRC CD19 CAR-T cells";
  // removed and added
  next.trials = next.trials.filter((t) => t.id !== "pactr1");
  next.trials.push({
    ...structuredClone(d.trials[0]),
    id: "nct00000003",
    title: "A new trial",
  } as Dataset["trials"][0]);
  next.events.push({
    ...structuredClone(d.events[0]),
    id: "2026-12-new-rules",
    kind: "regulation",
    title: "New rules",
  } as Dataset["events"][0]);
  // the trial's status moves
  const trial = next.trials.find((t) => t.id === "nct00000002");
  if (trial) trial.status = "completed";
  return next;
}

describe("diffRecords", () => {
  const before = syntheticDataset();
  const after = nextVersion(before);
  const changes = diffRecords(before, after);

  it("finds each added, removed, renamed and changed record once", () => {
    const summary = changes.map((c) => `${c.type} ${c.collection}/${c.id}${c.formerId ? ` (was ${c.formerId})` : ""}`);
    expect(summary.sort()).toEqual(
      [
        "changed therapies/royan",
        "changed trials/nct00000002",
        "renamed therapies/kfshrc-cd19-car-t (was kfshrc-cd19)",
        "added trials/nct00000003",
        "removed trials/pactr1",
        "added events/2026-12-new-rules",
      ].sort(),
    );
    expect(diffRecords(before, before)).toEqual([]);
  });

  it("names changed fields by path, matching list items by what names them", () => {
    const royan = changes.find((c) => c.id === "royan");
    expect(royan?.fields).toEqual(
      expect.arrayContaining([
        { path: "indications[condition=ALS].stage", old: "phase-2", new: "phase-3" },
        expect.objectContaining({ path: "sources[url=https://sources.test/new]", new: expect.anything() }),
        expect.objectContaining({ path: "approvals[regulator=sfda]" }),
      ]),
    );
    // Inserting a source in front does not read as every other source changing.
    expect(royan?.fields?.filter((f) => f.path.startsWith("sources"))).toHaveLength(1);
    const renamed = changes.find((c) => c.type === "renamed");
    expect(renamed?.fields).toEqual([{ path: "name", old: "KFSHRC CD19 CAR-T", new: "KFSHRC CD19 CAR-T cells" }]);
    expect(changes.find((c) => c.id === "nct00000002")?.fields).toEqual([
      { path: "status", old: "terminated", new: "completed" },
    ]);
  });

  it("compares plain values and lists as wholes, and reports added and removed fields", () => {
    expect(diffValues({ a: 1, b: [1, 2] }, { a: 2, b: [2, 1], c: "x" })).toEqual([
      { path: "a", old: 1, new: 2 },
      { path: "b", old: [1, 2], new: [2, 1] },
      { path: "c", new: "x" },
    ]);
    expect(diffValues({ a: 1 }, {})).toEqual([{ path: "a", old: 1 }]);
    expect(diffValues("x", "y")).toEqual([{ path: "(record)", old: "x", new: "y" }]);
  });

  it("counts the approvals of a therapy that arrives approved as new approvals, and nothing for one without", () => {
    const approved = structuredClone(after);
    const royan = approved.therapies.find((t) => t.id === "royan")!;
    approved.therapies.push(
      { ...structuredClone(royan), id: "new-approved", name: "New approved", formerIds: undefined },
      { ...structuredClone(royan), id: "new-unapproved", name: "New unapproved", approvals: [], formerIds: undefined },
    );
    const added = diffRecords(after, approved);
    expect(added.map((c) => `${c.type} ${c.id}`)).toEqual(["added new-approved", "added new-unapproved"]);
    expect(added[0]?.fields).toEqual([{ path: "approvals[regulator=sfda]", new: royan.approvals[0] }]);
    expect(added[1]?.fields).toBeUndefined();
    const h = highlightsOf(added, () => undefined);
    expect(h.newApprovals.map((a) => [a.change.id, a.approval])).toEqual([["new-approved", royan.approvals[0]]]);
    expect(h.corrections).toEqual([]);
  });

  it("takes new approvals from a list compared as a whole, counting only those not there before", () => {
    const a = { regulator: "x", country: "sa" };
    const b = { regulator: "y", country: "sa" };
    const change = {
      type: "changed" as const,
      collection: "therapies" as const,
      id: "t",
      name: "T",
      fields: [{ path: "approvals", old: [a], new: [a, b] }],
    };
    expect(highlightsOf([change], () => undefined).newApprovals.map((n) => n.approval)).toEqual([b]);
    const trialChange = { ...change, collection: "trials" as const };
    expect(highlightsOf([trialChange], () => undefined).newApprovals).toEqual([]);
  });

  it("picks out what readers follow: new trials, approvals, regulation events, stage and status moves", () => {
    const kinds = new Map(after.events.map((e) => [e.id, e.kind]));
    const h = highlightsOf(changes, (id) => kinds.get(id));
    expect(h.newTrials.map((c) => c.id)).toEqual(["nct00000003"]);
    expect(h.newApprovals.map((a) => a.change.id)).toEqual(["royan"]);
    expect(h.regulation.map((c) => c.id)).toEqual(["2026-12-new-rules"]);
    expect(h.stageAndStatus.map((s) => `${s.change.id} ${s.path} ${s.old}→${s.new}`).sort()).toEqual([
      "nct00000002 status terminated→completed",
      "royan indications[condition=ALS].stage phase-2→phase-3",
    ]);
    const release = ReleaseSchema.parse({
      version: "2026.12.01",
      date: "2026-12-01",
      previous: "2026.11.30",
      dataVersion: "x",
      counts: after.meta.counts,
      summary: { added: 2, removed: 1, renamed: 1, changed: 2 },
      changes,
    });
    const text = releaseSummary(release, (id) => kinds.get(id));
    expect(text).toMatch(/^# Data release 2026\.12\.01 \(2026-12-01\)/);
    expect(text).toContain("## New trials\n\n- nct00000003: A new trial");
    expect(text).toContain("- trial nct00000002: status");
    expect(text).toContain("therapy kfshrc-cd19 → kfshrc-cd19-car-t");
  });
});

describe("the change log", () => {
  const d0 = syntheticDataset();
  const d1 = nextVersion(d0);
  const release = (version: string, date: string, previous: string | null, changes: Release["changes"]): Release => ({
    version,
    date,
    previous,
    dataVersion: version,
    counts: d0.meta.counts,
    summary: { added: 0, removed: 0, renamed: 0, changed: 0 },
    changes,
  });
  const first = release(
    "2026.11.30",
    "2026-11-30",
    null,
    diffRecords({ therapies: [], organizations: [], countries: [], trials: [], events: [] }, d0),
  );
  const second = release("2026.12.01", "2026-12-01", "2026.11.30", diffRecords(d0, d1));
  const log = createChangeLog([first, second]);

  it("lists releases newest first, without their changes", () => {
    expect(log.releases().map((r) => r.version)).toEqual(["2026.12.01", "2026.11.30"]);
    expect(log.releases()[0]).not.toHaveProperty("changes");
  });

  it("gives every change unpaged, newest release first, each with its release and date", () => {
    const every = log.all();
    expect(every.map((c) => `${c.release} ${c.type} ${c.collection}/${c.id}`)).toEqual([
      ...second.changes.map((c) => `2026.12.01 ${c.type} ${c.collection}/${c.id}`),
      ...first.changes.map((c) => `2026.11.30 ${c.type} ${c.collection}/${c.id}`),
    ]);
    expect(every[0]?.date).toBe("2026-12-01");
    every.pop();
    expect(log.all()).toHaveLength(first.changes.length + second.changes.length);
  });

  it("filters by since (a date or a version), collection, type and id, and pages", () => {
    const all = log.list({ limit: 100 });
    expect(all.total).toBe(first.changes.length + second.changes.length);
    expect(log.list({ since: "2026.11.30", limit: 100 }).total).toBe(second.changes.length);
    expect(log.list({ since: "2026-12-01", limit: 100 }).total).toBe(second.changes.length);
    expect(log.list({ since: "2026-11", limit: 100 }).total).toBe(all.total);
    expect(log.list({ since: "2027", limit: 100 }).total).toBe(0);
    expect(
      log.list({ collection: "trials", type: "added", limit: 100 }).data.map((c) => `${c.release} ${c.id}`),
    ).toEqual(["2026.12.01 nct00000003", ...d0.trials.map((t) => `2026.11.30 ${t.id}`).sort()]);
    expect(log.list({ id: "kfshrc-cd19", limit: 100 }).data.map((c) => c.type)).toEqual(["renamed", "added"]);
    const page1 = log.list({ limit: 3 });
    const page2 = log.list({ limit: 3, cursor: page1.nextCursor ?? "" });
    expect(page2.data[0]).toEqual(all.data[3]);
    expect(() => log.list({ limit: 3, type: "added", cursor: page1.nextCursor ?? "" })).toThrow(/different query/);
    expect(() => log.list({ since: "yesterday" })).toThrow(/since: must be a date/);
  });

  it("gives a record's history across a rename, newest first", () => {
    expect(log.history("therapies", "kfshrc-cd19-car-t").map((c) => `${c.release} ${c.type}`)).toEqual([
      "2026.12.01 renamed",
      "2026.11.30 added",
    ]);
    expect(log.history("organizations", "kfshrc").map((c) => c.type)).toEqual(["added"]);
  });
});

describe("the committed releases", () => {
  it("parse, follow one another, and end with the snapshot the next release compares with", async () => {
    const releases = await readReleases(releasesDir);
    expect(releases.length).toBeGreaterThan(0);
    releases.forEach((r, i) => {
      expect(r.previous).toBe(i === 0 ? null : releases[i - 1]?.version);
    });
    expect(existsSync(path.join(releasesDir, "snapshot.ndjson"))).toBe(true);
    for (const r of releases) expect(existsSync(path.join(releasesDir, `${r.version}.md`)), r.version).toBe(true);
    const snapshot = await readSnapshot(releasesDir);
    expect(hashRecords(snapshot)).toBe(releases.at(-1)?.dataVersion);
  });
});
