import type { Locale } from "@cell-atlas/content/i18n";
import { formatNumber } from "./format";

/**
 * A plural message as one template per plural category of the locale, for browser scripts that
 * must not ship a message formatter. Each category's text is rendered by the real catalogue with
 * a number of that category, and the number is replaced by `{count}`; the script picks the
 * category with Intl.PluralRules and puts its own formatted number back. Forms that spell the
 * number out (Arabic "نتيجتان", two results) simply keep no `{count}`.
 */
export function pluralTemplates(locale: Locale, render: (count: number) => string): Record<string, string> {
  const rules = new Intl.PluralRules(locale === "en" ? "en-GB" : locale);
  const wanted = rules.resolvedOptions().pluralCategories;
  const out: Record<string, string> = {};
  // Small numbers first: 0, 1, 2 and 3–10 and 11–99 cover every category of every locale we have.
  for (let n = 0; n <= 200 && Object.keys(out).length < wanted.length; n++) {
    const category = rules.select(n);
    if (category in out) continue;
    out[category] = render(n).replace(formatNumber(n, locale), "{count}");
  }
  return out;
}

/** The JSON a page embeds for its browser script (`<script type="application/json" id=…>`). */
export const messagesJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");
