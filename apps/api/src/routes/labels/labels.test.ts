import { ENUM_LABELS } from "@cell-atlas/content/i18n";
import { describe, expect, it } from "vitest";
import { dataset, get } from "../../../test/helpers.ts";

describe("/v1/labels", () => {
  it("gives English labels by default, for every enum value the records use", async () => {
    const { status, body, res } = await get("/v1/labels");
    expect(status).toBe(200);
    expect(body.meta.lang).toBe("en");
    expect(res.headers.get("content-language")).toBe("en");
    expect(body.data.modality["car-t"]).toBe("CAR-T");
    expect(body.data.trialStatus["active-not-recruiting"]).toBe("Active, not recruiting");
    for (const t of dataset.trials) {
      expect(body.data.phase[t.phase], t.id).toEqual(expect.any(String));
      expect(body.data.trialStatus[t.status], t.id).toEqual(expect.any(String));
    }
    for (const th of dataset.therapies) {
      for (const i of th.indications) expect(body.data.stage[i.stage], th.id).toEqual(expect.any(String));
    }
  });

  it("follows ?lang=", async () => {
    const { body, res } = await get("/v1/labels?lang=fa");
    expect(body.meta.lang).toBe("fa");
    expect(res.headers.get("content-language")).toBe("fa");
    expect(res.headers.get("vary")).toBeNull();
    expect(body.data).toEqual(ENUM_LABELS.fa);
    expect(body.data.area.cancer).not.toBe("Cancer");
  });

  it("follows Accept-Language, and says it varies by it", async () => {
    const { body, res } = await get("/v1/labels", { "accept-language": "de-DE, ar-EG;q=0.8, en;q=0.5" });
    expect(body.meta.lang).toBe("ar");
    expect(body.data).toEqual(ENUM_LABELS.ar);
    expect(res.headers.get("vary")).toBe("Accept-Language");
  });

  it("lets ?lang= win over Accept-Language", async () => {
    const { body } = await get("/v1/labels?lang=tr", { "accept-language": "fr" });
    expect(body.meta.lang).toBe("tr");
  });

  it("does not serve one language's cached answer to another", async () => {
    const fr = await get("/v1/labels", { "accept-language": "fr" });
    const tr = await get("/v1/labels", { "accept-language": "tr" });
    const en = await get("/v1/labels");
    expect([fr.body.meta.lang, tr.body.meta.lang, en.body.meta.lang]).toEqual(["fr", "tr", "en"]);
  });

  it("rejects an unknown language and unknown parameters with a 400 that names them", async () => {
    const bad = await get("/v1/labels?lang=de");
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/lang/);
    expect(bad.text).toMatch(/fa/);
    const extra = await get("/v1/labels?lang=fa&foo=1");
    expect(extra.status).toBe(400);
    expect(extra.text).toMatch(/foo/);
  });
});
