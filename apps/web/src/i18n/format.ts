import { type EnumName, enumLabel, type Locale } from "@cell-atlas/content/i18n";
import { useLocale } from "next-intl";
import { getLocale } from "next-intl/server";

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => T): T {
  const known = formats.get(key) as T | undefined;
  if (known) return known;
  const made = make();
  formats.set(key, made);
  return made;
}

/** The Intl tag of a locale: English is written the British way, as the atlas always has been. */
const intlTag = (locale: Locale) => (locale === "en" ? "en-GB" : locale);

const PRECISION = {
  1: { year: "numeric" },
  2: { year: "numeric", month: "long" },
  3: { year: "numeric", month: "long", day: "numeric" },
} as const satisfies Record<number, Intl.DateTimeFormatOptions>;

/**
 * "2023", "2023-09" or "2023-09-27" in the locale's words and digits, keeping the date's precision.
 * Always the Gregorian calendar: the sources' dates are Gregorian, and a year alone ("2023") has
 * no single Solar Hijri or Hijri equivalent.
 */
export function formatDate(date: string | undefined, locale: Locale): string {
  if (!date) return "";
  const parts = date.split("-").map(Number);
  const [y = Number.NaN, m = 1, d = 1] = parts;
  if (!Number.isInteger(y)) return date;
  const precision = Math.min(parts.length, 3) as 1 | 2 | 3;
  const f = cached(
    `d:${locale}:${precision}`,
    () => new Intl.DateTimeFormat(intlTag(locale), { ...PRECISION[precision], calendar: "gregory", timeZone: "UTC" }),
  ) as Intl.DateTimeFormat;
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}

/** A count in the locale's digits (Persian ۱۲۳, Arabic-Indic ٣٤٥ where the locale uses them). */
export function formatNumber(n: number, locale: Locale): string {
  return (cached(`n:${locale}`, () => new Intl.NumberFormat(intlTag(locale))) as Intl.NumberFormat).format(n);
}

/** "a, b and c" in the locale's words. */
export function formatList(items: readonly string[], locale: Locale): string {
  const f = cached(
    `l:${locale}`,
    () => new Intl.ListFormat(intlTag(locale), { style: "long", type: "conjunction" }),
  ) as Intl.ListFormat;
  return f.format(items);
}

/** A country's name from CLDR in the locale, falling back to the dataset's English name. */
export function countryName(code: string, english: string, locale: Locale): string {
  if (locale === "en") return english;
  try {
    const names = cached(
      `c:${locale}`,
      () => new Intl.DisplayNames([intlTag(locale)], { type: "region" }) as never,
    ) as unknown as Intl.DisplayNames;
    const name = names.of(code.toUpperCase());
    return name && name !== code.toUpperCase() ? name : english;
  } catch {
    return english;
  }
}

export interface Format {
  locale: Locale;
  date(date: string | undefined): string;
  number(n: number): string;
  list(items: readonly string[]): string;
  label(name: EnumName, value: string): string;
  country(code: string, english: string): string;
}

export function formatter(locale: Locale): Format {
  return {
    locale,
    date: (d) => formatDate(d, locale),
    number: (n) => formatNumber(n, locale),
    list: (items) => formatList(items, locale),
    label: (name, value) => enumLabel(locale, name, value),
    country: (code, english) => countryName(code, english, locale),
  };
}

/** The current page's formatter, in a (sync) server component. */
export function useFormat(): Format {
  return formatter(useLocale());
}

/** The current page's formatter, in an async server component. */
export async function getFormat(): Promise<Format> {
  return formatter(await getLocale());
}
