import type { Locale } from "@cell-atlas/content/i18n";
import { useLocale } from "next-intl";
import { createNavigation } from "next-intl/navigation";
import { type AnchorHTMLAttributes, createElement } from "react";
import { localePath } from "./locales";
import { routing } from "./routing";

/** The current path without its locale prefix, for the language switcher (a client component). */
export const { usePathname } = createNavigation(routing);

/** A site path in the page's language; anchors (`#…`), queries and other sites' URLs pass through. */
export function localeHref(locale: Locale, href: string): string {
  return href.startsWith("/") && !href.startsWith("//") ? localePath(locale, href) : href;
}

/**
 * An internal link in the page's language: a plain `<a>`. The site ships no client runtime, so a
 * framework link component would only cost render time: rendered once per link, on every page,
 * in every language.
 */
export function Link({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return createElement("a", { ...rest, href: localeHref(useLocale(), href) });
}
