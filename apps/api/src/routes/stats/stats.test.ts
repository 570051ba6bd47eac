import { describe, expect, it } from "vitest";
import { dataset, get } from "../../../test/helpers.ts";

describe("/v1/stats", () => {
  it("counts match the dataset", async () => {
    const { status, body } = await get("/v1/stats");
    expect(status).toBe(200);
    const s = body.data;
    expect(s.totals.therapies).toBe(dataset.therapies.length);
    expect(s.totals.organizations).toBe(dataset.organizations.length);
    expect(s.totals.countries).toBe(dataset.countries.length);
    expect(s.totals.trials).toBe(dataset.trials.length);
    expect(s.totals.events).toBe(dataset.events.length);
    expect(s.totals.oicMembers).toBe(dataset.countries.filter((c) => c.oicMember).length);
    for (const { key, therapies } of s.byArea) {
      expect(therapies).toBe(dataset.therapies.filter((t) => t.indications.some((i) => i.area === key)).length);
    }
    for (const { key, therapies } of s.byModality) {
      expect(therapies).toBe(dataset.therapies.filter((t) => t.modality === key).length);
    }
    for (const { key, therapies } of s.byCountry) {
      expect(therapies).toBe(dataset.therapies.filter((t) => t.countries.includes(key)).length);
    }
    const years = s.byYear.map((y: { key: string }) => y.key);
    for (const e of dataset.events) expect(years).toContain(e.date.slice(0, 4));
    expect(body.meta.dataVersion).toBe(dataset.meta.dataVersion);
  });

  it("rejects parameters it does not take", async () => {
    const { status, body } = await get("/v1/stats?area=cancer");
    expect(status).toBe(400);
    expect(body.param).toBe("area");
  });
});
