import type { CollectionName } from "@cell-atlas/content";
import type { Locale } from "@cell-atlas/content/i18n";
import type { Metadata } from "next";
import { createTranslator, useLocale, useTranslations } from "next-intl";
import { LinkedName } from "@/components/Links";
import { localePath } from "@/i18n/locales";
import { messagesFor } from "@/i18n/messages";
import { Link } from "@/i18n/navigation";
import { atlas, hrefOf, nameOf } from "@/lib/data";

/** The current id for a former one, or undefined. */
export function movedTo(collection: CollectionName, id: string): string | undefined {
  return atlas().get(collection, id) ? undefined : atlas().currentId(collection, id);
}

/** The head of a former id's page: not indexed, canonical at the record's current page in the same language. */
export function movedMetadata(collection: CollectionName, current: string, locale: Locale = "en"): Metadata {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Record.moved" });
  const href = localePath(locale, hrefOf(collection, current));
  const title = t("title", { name: nameOf(collection, current) });
  const description = t("description", { href });
  return {
    title,
    description,
    robots: { index: false },
    alternates: { canonical: href },
    openGraph: { title, description, url: href, type: "website", locale },
  };
}

/** Renamed records keep their old ids in formerIds, so old links land here and move on. */
export function Moved({ collection, current }: { collection: CollectionName; current: string }) {
  const t = useTranslations("Record.moved");
  const locale = useLocale();
  const href = hrefOf(collection, current);
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${localePath(locale, href)}`} />
      <h1>{t("heading")}</h1>
      <p>
        {t.rich("text", {
          name: nameOf(collection, current),
          link: () => (
            <Link href={href}>
              <LinkedName collection={collection} id={current} />
            </Link>
          ),
        })}
      </p>
    </>
  );
}
