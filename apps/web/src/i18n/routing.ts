import { DEFAULT_LOCALE, LOCALES } from "@cell-atlas/content/i18n";
import { defineRouting } from "next-intl/routing";

/**
 * English lives at `/`, every other language under its own prefix (`/ar/…`). The site is a static
 * export, so nothing detects or redirects: links and the language switcher carry the locale.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeDetection: false,
  alternateLinks: false,
});
