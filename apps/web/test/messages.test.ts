import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LOCALES } from "@cell-atlas/content/i18n";
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";

const dir = join(import.meta.dirname, "..", "messages");
const read = (locale: string, ns: string) =>
  JSON.parse(readFileSync(join(dir, locale, `${ns}.json`), "utf8")) as Record<string, unknown>;
const namespaces = readdirSync(join(dir, "en"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -5))
  .sort();

/** Every leaf as [dotted.key, message]. */
function leaves(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  if (typeof value !== "object" || value === null) return [[prefix, String(value)]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** The arguments and rich-text tags a message uses: a translation must use the same ones. */
function placeholders(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date) out.add(`{${el.value}}`);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      out.add(`{${el.value}}`);
      for (const option of Object.values(el.options)) placeholders(option.value, out);
    }
    if (el.type === TYPE.tag) {
      out.add(`<${el.value}>`);
      placeholders(el.children, out);
    }
  }
  return out;
}

describe("message catalogues", () => {
  it("every namespace the site imports has an English file", () => {
    const imported = readFileSync(join(import.meta.dirname, "..", "src", "i18n", "en.ts"), "utf8");
    const names = [...imported.matchAll(/messages\/en\/(\w+)\.json/g)].map((m) => m[1]).sort();
    expect(names).toEqual(namespaces);
  });

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    describe(locale, () => {
      for (const ns of namespaces) {
        it(`${ns}: the same keys as English, each translated with the same placeholders`, () => {
          const english = new Map(leaves(read("en", ns)));
          const own = new Map(leaves(read(locale, ns)));
          expect(
            [...own.keys()].filter((k) => !english.has(k)),
            "keys English lacks",
          ).toEqual([]);
          expect(
            [...english.keys()].filter((k) => !own.has(k)),
            "keys missing",
          ).toEqual([]);
          for (const [key, message] of own) {
            expect(message.trim(), `${ns}.${key} is empty`).not.toBe("");
            const theirs = placeholders(parse(message, { ignoreTag: false }));
            const ours = placeholders(parse(english.get(key) ?? "", { ignoreTag: false }));
            expect([...theirs].sort(), `${locale} ${ns}.${key}`).toEqual([...ours].sort());
          }
        });
      }
    });
  }

  it("English messages parse as ICU", () => {
    for (const ns of namespaces)
      for (const [key, m] of leaves(read("en", ns))) expect(() => parse(m), `${ns}.${key}`).not.toThrow();
  });

  it("Arabic plural messages give the forms Arabic counts need", () => {
    for (const ns of namespaces) {
      for (const [key, message] of leaves(read("ar", ns))) {
        const visit = (elements: MessageFormatElement[]) => {
          for (const el of elements) {
            if (el.type === TYPE.plural && !el.offset) {
              // zero, one, two, few (3–10) and many (11–99) all read differently from "other".
              expect(Object.keys(el.options).sort(), `ar ${ns}.${key}`).toEqual(
                expect.arrayContaining(["few", "many", "one", "other", "two"]),
              );
            }
            if (el.type === TYPE.plural || el.type === TYPE.select)
              for (const o of Object.values(el.options)) visit(o.value);
            if (el.type === TYPE.tag) visit(el.children);
          }
        };
        visit(parse(message));
      }
    }
  });
});
