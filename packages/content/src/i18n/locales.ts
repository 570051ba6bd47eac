/**
 * The interface languages of the site and the API's labels. English is the default and the
 * language of the record texts; the others are those most read in the states the atlas covers.
 * Indonesian stands for Malay/Indonesian: Indonesia holds most of the region's Malay-language
 * trials, and Malaysian readers read it.
 */
export const LOCALES = ["en", "ar", "fa", "tr", "id", "fr"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Locales written right to left. */
export const RTL_LOCALES: ReadonlySet<Locale> = new Set<Locale>(["ar", "fa"]);

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (LOCALES as readonly string[]).includes(value);

export const directionOf = (locale: Locale): "rtl" | "ltr" => (RTL_LOCALES.has(locale) ? "rtl" : "ltr");

/** Each locale's name in its own language, for the language switcher. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: "English",
  ar: "العربية",
  fa: "فارسی",
  tr: "Türkçe",
  id: "Bahasa Indonesia",
  fr: "Français",
};

/**
 * Languages a record's own name may be written in (`names:`), beyond English. Wider than the
 * interface languages: an organization in Pakistan has an Urdu name, one in Kazakhstan a Kazakh one.
 */
export const NAME_LANGUAGES = ["ar", "fa", "tr", "ms", "id", "fr", "ur", "bn", "az", "kk", "uz", "ru"] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

/**
 * The best locale for an Accept-Language header (RFC 9110 §12.5.4): highest weight first, a
 * region subtag (`fa-IR`) matches its language, `ms` is read as Indonesian, anything else is English.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranges = header
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((r) => r.tag !== "" && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const { tag } of ranges) {
    const language = tag.split("-")[0];
    if (language === "ms") return "id";
    if (isLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}
