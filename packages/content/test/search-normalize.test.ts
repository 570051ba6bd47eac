// One rule per test: each folding the index and the query share (src/query/search/normalize.ts).
import { describe, expect, it } from "vitest";
import { indexTerms, normalizeText, queryTerms } from "../src/query/search/normalize.ts";

const same = (...forms: string[]) => {
  const first = normalizeText(forms[0] ?? "");
  for (const f of forms) expect(normalizeText(f), f).toBe(first);
  return first;
};

describe("normalizeText", () => {
  it("applies NFKC: ligatures, full-width letters and Arabic presentation forms become plain letters", () => {
    expect(normalizeText("ﬁbroblast")).toBe("fibroblast");
    expect(normalizeText("ＣＤ１９")).toBe("cd19");
    expect(normalizeText("ﻻ")).toBe("\u0644\u0627"); // lam-alef ligature → lam, alef
  });

  it("folds Turkish I, İ, ı and i together, without a stray combining dot", () => {
    expect(same("İstanbul", "ISTANBUL", "istanbul", "ıstanbul", "Istanbul")).toBe("istanbul");
    expect(normalizeText("DİYARBAKIR")).toBe("diyarbakir");
    expect(normalizeText("I\u0307zmir")).toBe("izmir"); // decomposed İ
  });

  it("drops Latin accents", () => {
    expect(same("Türkiye", "Turkiye", "TÜRKİYE")).toBe("turkiye");
    expect(normalizeText("Şişli Çağ Ğö")).toBe("sisli cag go");
  });

  it("strips harakat and the superscript alef", () => {
    expect(same("مُحَمَّد", "محمد")).toBe("محمد");
    expect(normalizeText("رَحْمٰن")).toBe("رحمن");
    expect(normalizeText("كِتَابٌ")).toBe("کتاب");
  });

  it("strips tatweel", () => {
    expect(same("مـــحمد", "محمد")).toBe("محمد");
  });

  it("folds the alef forms أ إ آ ٱ to ا", () => {
    expect(same("أحمد", "إحمد", "آحمد", "ٱحمد", "احمد")).toBe("احمد");
  });

  it("folds ؤ to و and ئ to ی", () => {
    expect(same("مؤسسه", "موسسه")).toBe("موسسه");
    expect(normalizeText("رئیس")).toBe("رییس");
  });

  it("folds Arabic yeh ي and alef maksura ى into Persian yeh ی", () => {
    expect(same("علي", "علی", "على")).toBe("علی");
  });

  it("folds Arabic kaf ك into Persian keheh ک", () => {
    expect(same("بانك", "بانک")).toBe("بانک");
  });

  it("folds teh marbuta ة (and ۀ) into heh ه", () => {
    expect(same("جامعة", "جامعه")).toBe("جامعه");
    expect(same("خانۀ", "خانه")).toBe("خانه");
  });

  it("turns Arabic-Indic and Persian digits into ASCII digits", () => {
    expect(normalizeText("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
    expect(normalizeText("۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789");
    expect(normalizeText("CD۱۹")).toBe("cd19");
  });

  it("removes invisible joiners but keeps ZWNJ for the tokenizer", () => {
    expect(normalizeText("a\u200db\u200bc\ufeff")).toBe("abc");
    expect(normalizeText("می\u200cشود")).toBe("می\u200cشود");
  });
});

describe("indexTerms and queryTerms", () => {
  it("split on spaces and punctuation, Arabic punctuation included", () => {
    expect(indexTerms("CAR-T, CD19+ (B-ALL)")).toEqual(["car", "t", "cd19", "b", "all"]);
    expect(queryTerms("سلول،بنیادی؟")).toEqual(["سلول", "بنیادی"]);
  });

  it("index a ZWNJ word whole and as its parts; a query takes it whole", () => {
    expect(indexTerms("می\u200cشود")).toEqual(["میشود", "می", "شود"]);
    expect(queryTerms("می\u200cشود")).toEqual(["میشود"]);
    expect(queryTerms("می شود")).toEqual(["می", "شود"]);
  });

  it("index neighbouring Arabic-script words also joined, in names only", () => {
    expect(indexTerms("می شود", true)).toEqual(["می", "شود", "میشود"]);
    expect(indexTerms("می شود")).toEqual(["می", "شود"]);
    expect(indexTerms("Royan رویان", true)).toEqual(["royan", "رویان"]);
  });

  it("queryTerms drops repeated words and returns nothing for punctuation alone", () => {
    expect(queryTerms("cell CELL Cell")).toEqual(["cell"]);
    expect(queryTerms("?!… —")).toEqual([]);
  });
});
