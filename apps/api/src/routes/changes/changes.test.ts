import { createAtlas, createChangeLog, diffRecords, getDataset, type Release } from "@cell-atlas/content";
import { describe, expect, it } from "vitest";
import { createApp } from "../../app.ts";

// Two releases over the real dataset: the first adds everything, the second removes one trial
// and changes one therapy's name. The API's answers are checked against the releases directly.
const dataset = getDataset();
const empty = { therapies: [], organizations: [], countries: [], trials: [], events: [] };
const next = structuredClone(dataset);
const removed = next.trials.pop();
const renamedTherapy = next.therapies[0];
if (!removed || !renamedTherapy) throw new Error("the dataset needs trials and therapies");
renamedTherapy.name = `${renamedTherapy.name} (renamed)`;
const release = (version: string, date: string, previous: string | null, changes: Release["changes"]): Release => ({
  version,
  date,
  previous,
  dataVersion: version,
  counts: dataset.meta.counts,
  summary: { added: 0, removed: 0, renamed: 0, changed: 0 },
  changes,
});
const releases = [
  release("2026.11.30", "2026-11-30", null, diffRecords(empty, dataset)),
  release("2026.12.07", "2026-12-07", "2026.11.30", diffRecords(dataset, next)),
];
const { app } = createApp({ atlas: createAtlas(dataset), changes: createChangeLog(releases), rateLimit: false });
const get = async (url: string) => {
  const res = await app.request(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, headers: res.headers };
};

describe("/v1/releases and /v1/changes", () => {
  it("lists the releases newest first", async () => {
    const { status, body } = await get("/v1/releases");
    expect(status).toBe(200);
    expect((body.data as { version: string }[]).map((r) => r.version)).toEqual(["2026.12.07", "2026.11.30"]);
  });

  it("answers since, collection and type as the change files say", async () => {
    const recent = await get("/v1/changes?since=2026.11.30&limit=100");
    expect(recent.status).toBe(200);
    expect((recent.body.data as { type: string; id: string }[]).map((c) => `${c.type} ${c.id}`).sort()).toEqual(
      [`removed ${removed.id}`, `changed ${renamedTherapy.id}`].sort(),
    );
    const trials = await get("/v1/changes?collection=trials&type=added&limit=5");
    expect(trials.body.meta).toMatchObject({ total: dataset.trials.length });
    expect(trials.headers.get("link")).toMatch(/cursor=/);
    const byDate = await get("/v1/changes?since=2026-12&limit=100");
    expect(byDate.body.meta).toMatchObject({ total: 2 });
  });

  it("answers a bad parameter with a 400 that names it", async () => {
    for (const [url, param] of [
      ["/v1/changes?since=last-week", "since"],
      ["/v1/changes?type=edited", "type"],
      ["/v1/changes?colour=red", "colour"],
      ["/v1/changes?limit=0", "limit"],
    ] as const) {
      const { status, body } = await get(url);
      expect(status, url).toBe(400);
      expect(body.param, url).toBe(param);
    }
  });
});
