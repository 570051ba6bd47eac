// /v1/search and the lists' q over records that carry local names (issue 15): Arabic and Persian
// letter forms, harakat, tatweel, ZWNJ, Eastern digits and Turkish dotted and dotless i, end to end.
import { createAtlas, type Dataset } from "@cell-atlas/content";
import { describe, expect, it } from "vitest";
import { dataset, freshApi, get } from "../../../test/helpers.ts";

const src = { url: "https://example.com/a", title: "t", publisher: "p", accessed: "2026-11-30", kind: "news" };

/** The real dataset, with names in Persian, Arabic and Turkish on a few records. */
function named(): Dataset {
  const d = structuredClone(dataset);
  const give = (list: { id: string }[], id: string, names: Record<string, string>) => {
    const r = list.find((x) => x.id === id);
    if (!r) throw new Error(`${id} is not in the data`);
    Object.assign(r, {
      names: Object.fromEntries(Object.entries(names).map(([k, name]) => [k, { name, sources: [src] }])),
    });
  };
  give(d.organizations, "royan-institute", { fa: "پژوهشگاه رویان" });
  give(d.organizations, "kfshrc", { ar: "مستشفى الملك فيصل التخصصي ومركز الأبحاث" });
  give(d.organizations, "cairo-university", { ar: "جامعة القاهرة" });
  give(d.countries, "tr", { tr: "Türkiye Cumhuriyeti" });
  give(d.countries, "ir", { fa: "جمهوری\u200cاسلامی ایران" });
  return d;
}

const api = freshApi(createAtlas(named()));
const search = async (q: string, extra = "") => {
  const { status, body } = await get(`/v1/search?q=${encodeURIComponent(q)}${extra}`, {}, api);
  expect(status, q).toBe(200);
  return (body.data as { collection: string; id: string }[]).map((h) => `${h.collection}/${h.id}`);
};

describe("/v1/search in other scripts", () => {
  it.each([
    ["پژوهشگاه رویان", "organizations/royan-institute"],
    ["پژوهشگاه رويان", "organizations/royan-institute"], // Arabic yeh for Persian yeh
    ["مستشفى الملك فيصل", "organizations/kfshrc"],
    ["مستشفي الملک فیصل", "organizations/kfshrc"], // yeh and kaf variants
    ["مُسْتَشْفَى الْمَلِكِ", "organizations/kfshrc"], // harakat
    ["مستشفـــى", "organizations/kfshrc"], // tatweel
    ["الابحاث", "organizations/kfshrc"], // hamza on alef dropped
    ["جامعه القاهره", "organizations/cairo-university"], // teh marbuta typed as heh
    ["جامعة", "organizations/cairo-university"],
    ["جمهوری‌اسلامی", "countries/ir"], // with ZWNJ
    ["جمهوریاسلامی", "countries/ir"], // without
    ["جمهوری اسلامی", "countries/ir"], // with a space
    ["TÜRKİYE CUMHURİYETİ", "countries/tr"],
    ["turkiye cumhuriyeti", "countries/tr"],
    ["TURKIYE", "countries/tr"],
  ])("%s finds %s", async (q, key) => {
    expect(await search(q)).toContain(key);
  });

  it("treats İstanbul, ISTANBUL, istanbul and ıstanbul as one word, in /v1/search and in a list's q", async () => {
    const forms = ["İstanbul", "ISTANBUL", "istanbul", "ıstanbul"];
    const results = await Promise.all(forms.map((q) => search(q)));
    expect(results[0]?.length).toBeGreaterThan(0);
    for (const r of results) expect(r).toEqual(results[0]);
    const lists = await Promise.all(
      forms.map(async (q) => (await get(`/v1/organizations?q=${encodeURIComponent(q)}`, {}, api)).body.data),
    );
    expect(lists[0].length).toBeGreaterThan(0);
    for (const l of lists) expect(l).toEqual(lists[0]);
  });

  it("reads Persian and Arabic-Indic digits as ASCII digits", async () => {
    expect(await search("NCT۰۴۳۲۶۹۵۹")).toEqual(await search("NCT04326959"));
    expect(await search("nct٠٤٣٢٦٩٥٩")).toEqual(["trials/nct04326959"]);
  });

  it("filters a list by a local name through q", async () => {
    const { body } = await get(`/v1/organizations?q=${encodeURIComponent("پژوهشگاه رویان")}`, {}, api);
    expect(body.data.map((o: { id: string }) => o.id)).toEqual(["royan-institute"]);
  });
});

describe("bad search input gets a 400 naming q, never a crash", () => {
  it.each([
    ["", "must not be empty"],
    ["   ", "must not be empty"],
    ["?!…—", "must contain a letter or a digit"],
    ["x".repeat(10_000), "at most 200 characters"],
  ])("q=%j", async (q, detail) => {
    const { status, body, res } = await get(`/v1/search?q=${encodeURIComponent(q)}`, {}, api);
    expect(status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(body.param).toBe("q");
    expect(body.detail).toContain(detail);
    const list = await get(`/v1/therapies?q=${encodeURIComponent(q)}`, {}, api);
    expect(list.status).toBe(400);
    expect(list.body.param).toBe("q");
  });

  it("an unknown parameter is a 400 naming it", async () => {
    const { status, body } = await get("/v1/search?q=cell&fuzzy=1", {}, api);
    expect(status).toBe(400);
    expect(body.param).toBe("fuzzy");
  });
});
