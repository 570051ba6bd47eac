"use client";
import { LOCALE_NAMES, LOCALES } from "@cell-atlas/content/i18n";
import { useLocale } from "next-intl";
import { localePath } from "@/i18n/locales";
import { usePathname } from "@/i18n/navigation";

/**
 * Links to the page being read, in every other language. A client component only so that the
 * static render knows the page's path; the site ships no framework runtime, so it never hydrates.
 */
export function LanguageSwitcher({ label }: { label: string }) {
  const current = useLocale();
  const path = usePathname();
  return (
    <nav aria-label={label} className="languages">
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="page" lang={locale}>
                {LOCALE_NAMES[locale]}
              </span>
            ) : (
              <a href={localePath(locale, path)} hrefLang={locale} lang={locale}>
                {LOCALE_NAMES[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
