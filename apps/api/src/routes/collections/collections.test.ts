import { COLLECTIONS, type CollectionName, createAtlas, queryParamSchemas } from "@cell-atlas/content";
import { describe, expect, it } from "vitest";
import { dataset, freshApi, get, ids } from "../../../test/helpers.ts";

type AnyRecord = { id: string } & Record<string, unknown>;

/** Walks every page by following Link headers, the way a client would. */
async function walk(first: string) {
  const seen: string[] = [];
  const totals = new Set<number>();
  let url: string | undefined = first;
  let pages = 0;
  while (url) {
    const { status, body, res } = await get(url);
    expect(status, url).toBe(200);
    const page = body as { data: AnyRecord[]; meta: { total: number; nextCursor: string | null } };
    seen.push(...ids(page.data));
    totals.add(page.meta.total);
    const link = res.headers.get("link");
    expect(link === null, "Link header iff nextCursor").toBe(page.meta.nextCursor === null);
    url = link?.match(/^<([^>]+)>; rel="next"$/)?.[1];
    if (url) expect(new URL(url, "http://x").searchParams.get("cursor")).toBe(page.meta.nextCursor);
    if (++pages > 10_000) throw new Error("cursor walk does not end");
  }
  return { seen, totals: [...totals] };
}

describe.each(COLLECTIONS)("/v1/%s", (collection) => {
  const records = dataset[collection] as unknown as AnyRecord[];

  it("lists every record by default, 20 at most, with total and dataVersion", async () => {
    const { status, body, res } = await get(`/v1/${collection}`);
    expect(status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(body.meta.total).toBe(records.length);
    expect(body.meta.dataVersion).toBe(dataset.meta.dataVersion);
    expect(body.data).toHaveLength(Math.min(20, records.length));
    for (const r of body.data as AnyRecord[]) expect(r).toEqual(records.find((x) => x.id === r.id));
  });

  it.each([1, 2, 100])("a cursor walk with limit=%i returns exactly the full list, once each", async (limit) => {
    const { seen, totals } = await walk(`/v1/${collection}?limit=${limit}`);
    expect(totals).toEqual([records.length]);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(ids(records).sort());
  });

  it("sorts by every allowed sort value and pages the same order", async () => {
    const sortValues = queryParamSchemas[collection].shape.sort.unwrap().options as readonly string[];
    for (const sort of sortValues) {
      const all = await get(`/v1/${collection}?sort=${sort}&limit=100`);
      expect(all.status).toBe(200);
      const { seen } = await walk(`/v1/${collection}?sort=${sort}&limit=1`);
      // The first page of 100 is the start of the same order the one-by-one walk follows.
      expect(seen).toHaveLength(all.body.meta.total);
      expect(seen.slice(0, all.body.data.length)).toEqual(ids(all.body.data));
    }
  });

  it("answers every record by id with its references resolved", async () => {
    for (const record of records) {
      const { status, body } = await get(`/v1/${collection}/${encodeURIComponent(record.id)}`);
      expect(status, record.id).toBe(200);
      expect(body.data).toEqual(record);
      expect(body.meta.dataVersion).toBe(dataset.meta.dataVersion);
      for (const [c, refs] of Object.entries(body.related as Record<string, { id: string; name: string }[]>)) {
        for (const ref of refs) {
          const target = (dataset[c as CollectionName] as unknown as AnyRecord[]).find((x) => x.id === ref.id);
          expect(target, `${record.id} → ${c}/${ref.id}`).toBeDefined();
          expect(ref.name).toBe(target?.name ?? target?.title);
        }
      }
    }
  });

  it("answers 404 problem+json with the closest ids for a mistyped id", async () => {
    const first = records[0];
    if (!first) return;
    const typo = `${first.id.slice(0, -1)}x`;
    const { status, body, res } = await get(`/v1/${collection}/${typo}`);
    if (records.some((r) => r.id === typo)) return;
    expect(status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(body.suggestions).toContain(first.id);
    expect(body.detail).toContain(first.id);
  });
});

describe("filters agree with a direct filter over the dataset", () => {
  const t = dataset.therapies;
  const values = <T>(list: T[]) => [...new Set(list)];
  const cases: [string, string[]][] = [
    ...values(t.flatMap((x) => x.indications.map((i) => i.area))).map((area): [string, string[]] => [
      `/v1/therapies?area=${area}`,
      ids(t.filter((x) => x.indications.some((i) => i.area === area))),
    ]),
    ...values(t.map((x) => x.modality)).map((m): [string, string[]] => [
      `/v1/therapies?modality=${m}`,
      ids(t.filter((x) => x.modality === m)),
    ]),
    ...values(t.flatMap((x) => x.countries)).map((c): [string, string[]] => [
      `/v1/therapies?country=${c}`,
      ids(t.filter((x) => x.countries.includes(c))),
    ]),
    ...values(t.flatMap((x) => x.indications.map((i) => i.stage))).map((s): [string, string[]] => [
      `/v1/therapies?stage=${s}`,
      ids(t.filter((x) => x.indications.some((i) => i.stage === s))),
    ]),
    ...values(t.flatMap((x) => x.indications.map((i) => i.status))).map((s): [string, string[]] => [
      `/v1/therapies?status=${s}`,
      ids(t.filter((x) => x.indications.some((i) => i.status === s))),
    ]),
    ...values(t.map((x) => x.cellSource)).map((s): [string, string[]] => [
      `/v1/therapies?cellSource=${s}`,
      ids(t.filter((x) => x.cellSource === s)),
    ]),
    ...values(t.flatMap((x) => x.organizations.map((o) => o.id))).map((o): [string, string[]] => [
      `/v1/therapies?organization=${o}`,
      ids(t.filter((x) => x.organizations.some((y) => y.id === o))),
    ]),
    ...values(dataset.organizations.map((o) => o.kind)).map((k): [string, string[]] => [
      `/v1/organizations?kind=${k}`,
      ids(dataset.organizations.filter((o) => o.kind === k)),
    ]),
    ["/v1/countries?oicMember=true", ids(dataset.countries.filter((c) => c.oicMember))],
    ["/v1/countries?oicMember=false", ids(dataset.countries.filter((c) => !c.oicMember))],
    ...values(dataset.trials.map((x) => x.status)).map((s): [string, string[]] => [
      `/v1/trials?status=${s}`,
      ids(dataset.trials.filter((x) => x.status === s)),
    ]),
    ...values(dataset.events.map((e) => e.kind)).map((k): [string, string[]] => [
      `/v1/events?kind=${k}`,
      ids(dataset.events.filter((e) => e.kind === k)),
    ]),
    ...values(dataset.events.map((e) => e.date.slice(0, 4))).map((y): [string, string[]] => [
      `/v1/events?from=${y}&to=${y}`,
      ids(dataset.events.filter((e) => e.date.startsWith(y))),
    ]),
    [
      "/v1/therapies?area=cancer&modality=car-t",
      ids(t.filter((x) => x.modality === "car-t" && x.indications.some((i) => i.area === "cancer"))),
    ],
    ["/v1/therapies?country=zz", []],
  ];

  it.each(cases)("%s", async (url, expected) => {
    // Every page, following nextCursor: lists may be longer than one page.
    const found: string[] = [];
    let cursor: string | null = null;
    do {
      const { status, body } = await get(`${url}&limit=100${cursor ? `&cursor=${cursor}` : ""}`);
      expect(status).toBe(200);
      expect(body.meta.total).toBe(expected.length);
      found.push(...ids(body.data));
      cursor = body.meta.nextCursor;
    } while (cursor);
    expect(found.sort()).toEqual([...expected].sort());
  });

  it("q narrows a list to records the search finds in that collection", async () => {
    for (const therapy of t) {
      const { body } = await get(`/v1/therapies?q=${encodeURIComponent(therapy.name)}&limit=100`);
      expect(ids(body.data)).toContain(therapy.id);
    }
  });
});

describe("renamed records", () => {
  it("an id in formerIds answers 301 to the current record", async () => {
    const therapy = dataset.therapies[0];
    if (!therapy) return;
    const renamed = {
      ...dataset,
      therapies: [{ ...therapy, formerIds: ["old-name-of-it"] }, ...dataset.therapies.slice(1)],
    };
    const api = freshApi(createAtlas(renamed));
    const { status, res } = await get("/v1/therapies/old-name-of-it", {}, api);
    expect(status).toBe(301);
    expect(res.headers.get("location")).toBe(`/v1/therapies/${therapy.id}`);
  });

  it("an id typed in upper case answers 301 to the lower-case id", async () => {
    const trial = dataset.trials[0];
    if (!trial) return;
    const { status, res } = await get(`/v1/trials/${trial.id.toUpperCase()}`);
    expect(status).toBe(301);
    expect(res.headers.get("location")).toBe(`/v1/trials/${trial.id}`);
  });
});

describe("paging over a larger dataset derived from the real one", () => {
  // Each record copied under new ids, so paging and cursors are exercised however small the data is.
  const COPIES = 7;
  const grown = { ...dataset };
  for (const c of COLLECTIONS) {
    (grown as Record<string, unknown>)[c] = (dataset[c] as unknown as AnyRecord[]).flatMap((r) =>
      Array.from({ length: COPIES }, (_, k) => ({ ...r, id: k === 0 ? r.id : `${r.id}-copy-${k}` })),
    );
  }
  const api = freshApi(createAtlas(grown as typeof dataset));

  it.each(COLLECTIONS)(
    "/v1/%s: a walk with limit=3 returns every record once; a foreign cursor is refused",
    async (c) => {
      const expected = ids(grown[c] as unknown as AnyRecord[]);
      const seen: string[] = [];
      let url: string | undefined = `/v1/${c}?limit=3`;
      let firstCursor: string | undefined;
      while (url) {
        const {
          body,
          res,
        }: { body: { data: AnyRecord[]; meta: { total: number; nextCursor: string | null } }; res: Response } =
          await get(url, {}, api);
        expect(body.meta.total).toBe(expected.length);
        seen.push(...ids(body.data));
        firstCursor ??= body.meta.nextCursor ?? undefined;
        url = res.headers.get("link")?.match(/^<([^>]+)>/)?.[1];
      }
      expect([...seen].sort()).toEqual([...expected].sort());
      expect(seen.length).toBe(expected.length);
      expect(firstCursor).toBeDefined();
      const sortValues = queryParamSchemas[c].shape.sort.unwrap().options as readonly string[];
      const foreign = await get(`/v1/${c}?limit=3&sort=${sortValues[1]}&cursor=${firstCursor}`, {}, api);
      expect(foreign.status).toBe(400);
      expect(foreign.body.param).toBe("cursor");
    },
  );
});
