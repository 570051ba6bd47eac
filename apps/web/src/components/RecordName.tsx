import type { Locale, NameLanguage } from "@cell-atlas/content/i18n";
import { useLocale } from "next-intl";

type Named = { name: string; names?: Partial<Record<NameLanguage, { name: string }>> };

/** The record's own name in the page's language, when a sourced one exists (Indonesian pages also take a Malay one). */
export function localName(record: Named, locale: Locale): { name: string; lang: string } | undefined {
  if (locale === "en" || !record.names) return undefined;
  const candidates: NameLanguage[] = locale === "id" ? ["id", "ms"] : [locale];
  for (const lang of candidates) {
    const local = record.names[lang];
    if (local) return { name: local.name, lang };
  }
  return undefined;
}

/**
 * A record's name as a page shows it: its sourced name in the page's language if it has one,
 * otherwise its English name marked as English; isolated so Latin and Arabic script do not mix.
 */
export function RecordName({ record }: { record: Named }) {
  const local = localName(record, useLocale());
  if (local)
    return (
      <bdi lang={local.lang} dir="auto">
        {local.name}
      </bdi>
    );
  return (
    <bdi lang="en" dir="auto">
      {record.name}
    </bdi>
  );
}
