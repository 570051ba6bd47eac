import { DEFAULT_LOCALE, LOCALES, type Locale } from "@cell-atlas/content/i18n";

/**
 * The locales this build writes. `ATLAS_LOCALES=en` (a comma-separated list) builds fewer, e.g. for
 * the scale bench; unset, every interface language is built.
 */
export function builtLocales(): readonly Locale[] {
  const wanted = process.env.ATLAS_LOCALES?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!wanted || wanted.length === 0) return LOCALES;
  const unknown = wanted.filter((l) => !(LOCALES as readonly string[]).includes(l));
  if (unknown.length > 0)
    throw new Error(`ATLAS_LOCALES names unknown locale(s) ${unknown.join(", ")}; known: ${LOCALES.join(", ")}`);
  return LOCALES.filter((l) => l === DEFAULT_LOCALE || wanted.includes(l));
}

/** A site path in a locale: `/therapies/` in English, `/ar/therapies/` in Arabic. */
export function localePath(locale: Locale, path: string): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}
