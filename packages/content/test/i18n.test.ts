import { describe, expect, it } from "vitest";
import {
  directionOf,
  ENUM_LABELS,
  enumLabel,
  isLocale,
  LOCALE_NAMES,
  LOCALES,
  negotiateLocale,
} from "../src/i18n/index.ts";
import * as values from "../src/schema/values.ts";

/** Which value list each label group translates. */
const GROUPS = {
  area: values.AREAS,
  modality: values.MODALITIES,
  cellSource: values.CELL_SOURCES,
  stage: values.STAGES,
  status: values.STATUSES,
  organizationKind: values.ORGANIZATION_KINDS,
  organizationRole: values.ORGANIZATION_ROLES,
  approvalKind: values.APPROVAL_KINDS,
  region: values.REGIONS,
  eventKind: values.EVENT_KINDS,
  registry: values.TRIAL_REGISTRIES,
  studyType: values.STUDY_TYPES,
  phase: values.TRIAL_PHASES,
  trialStatus: values.TRIAL_STATUSES,
  sourceKind: values.SOURCE_KINDS,
  evidence: values.EVIDENCE_LEVELS,
  claimStatus: values.CLAIM_STATUSES,
} as const;

describe("enum label catalogues", () => {
  it("cover exactly the enums of the schema", () => {
    expect(Object.keys(ENUM_LABELS.en).sort()).toEqual(Object.keys(GROUPS).sort());
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      for (const [group, allowed] of Object.entries(GROUPS)) {
        it(`labels every ${group} value, and only those`, () => {
          const labels = ENUM_LABELS[locale][group as keyof typeof GROUPS] as Record<string, string>;
          expect(Object.keys(labels).sort()).toEqual([...allowed].sort());
          for (const [value, text] of Object.entries(labels)) {
            expect(text.trim(), `${locale}.${group}.${value}`).not.toBe("");
          }
        });
      }
    });
  }

  it("are translated, not copied: most labels differ from English outside Latin-script acronyms", () => {
    for (const locale of LOCALES.filter((l) => l !== "en")) {
      const same = Object.entries(GROUPS).flatMap(([group, allowed]) =>
        allowed.filter(
          (v) =>
            enumLabel(locale, group as keyof typeof GROUPS, v) === enumLabel("en", group as keyof typeof GROUPS, v),
        ),
      );
      // Acronyms (CAR-T, ISRCTN), phase numbers and French cognates (Cancer) may read the same;
      // a catalogue pasted from English would share all of them.
      const total = Object.values(GROUPS).reduce((n, allowed) => n + allowed.length, 0);
      expect(same.length, `${locale}: ${same.join(", ")}`).toBeLessThan(total / 5);
    }
  });

  it("writes Persian with Persian yeh and keheh, and Arabic with Arabic yeh and kaf", () => {
    const text = (l: "ar" | "fa") => JSON.stringify(ENUM_LABELS[l]);
    expect(text("fa")).not.toMatch(/[يك]/);
    expect(text("ar")).not.toMatch(/[یک]/);
  });

  it("fall back to English, then to the value, for a value the catalogue does not know", () => {
    expect(enumLabel("fr", "area", "cancer")).toBe(ENUM_LABELS.fr.area.cancer);
    expect(enumLabel("fr", "area", "cancer")).not.toBe("Cancer".toUpperCase());
    expect(enumLabel("ar", "area", "no-such-area")).toBe("no-such-area");
  });
});

describe("locales", () => {
  it("name themselves and know their direction", () => {
    expect(Object.keys(LOCALE_NAMES)).toEqual([...LOCALES]);
    expect(LOCALES.filter((l) => directionOf(l) === "rtl")).toEqual(["ar", "fa"]);
    expect(isLocale("fa")).toBe(true);
    expect(isLocale("de")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it.each([
    [undefined, "en"],
    ["", "en"],
    ["fa-IR,fa;q=0.9,en;q=0.8", "fa"],
    ["de-DE, fr;q=0.5, ar;q=0.9", "ar"],
    ["de, ms-MY;q=0.7", "id"],
    ["tr;q=0, fr;q=0.1", "fr"],
    ["*", "en"],
    ["zz, yy;q=bogus", "en"],
    ["TR-tr", "tr"],
    ["fr;q=0.5, id;q=0.5", "fr"],
  ])("Accept-Language %j → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});
