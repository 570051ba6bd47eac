import { isLocale, type Locale } from "@cell-atlas/content/i18n";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";

export type LocaleParams = Promise<{ locale?: string }>;

/**
 * The locale of a page or layout from its params: absent under the English tree at `/`, the
 * `[locale]` segment elsewhere. Sets it for every component rendered below (next-intl keeps it per
 * render), so components read it with `useLocale()` / `useTranslations()`.
 */
export async function pageLocale(params: LocaleParams): Promise<Locale> {
  const { locale = "en" } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
