import type { CollectionName, RecordOf } from "@cell-atlas/content";
import type { Locale } from "@cell-atlas/content/i18n";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactElement } from "react";
import { Moved, movedMetadata, movedTo } from "@/components/Moved";
import { pageLocale } from "@/i18n/server";
import { atlas, staticIds } from "@/lib/data";

export type RecordPageProps = { params: Promise<{ id: string; locale?: string }> };

/**
 * What every record page shares: one static page per id (and per former id, which redirects), the
 * metadata of the record, and the lookup that answers a moved id or a 404.
 */
export function recordRoute<C extends CollectionName>(
  collection: C,
  metadataOf: (record: RecordOf<C>, locale: Locale) => Metadata | Promise<Metadata>,
) {
  return {
    generateStaticParams: () => staticIds(collection),

    async generateMetadata({ params }: RecordPageProps): Promise<Metadata> {
      const locale = await pageLocale(params);
      const { id } = await params;
      const record = atlas().get(collection, id);
      if (record) return metadataOf(record, locale);
      const current = movedTo(collection, id);
      if (current) return movedMetadata(collection, current, locale);
      const t = await getTranslations({ locale, namespace: "Record" });
      return { title: t("notFound") };
    },

    /** The record for the page, or the page to render instead (a former id's redirect). */
    async find({
      params,
    }: RecordPageProps): Promise<{ id: string; locale: Locale; record: RecordOf<C> } | { page: ReactElement }> {
      const locale = await pageLocale(params);
      const { id } = await params;
      const record = atlas().get(collection, id);
      if (record) return { id, locale, record };
      const current = movedTo(collection, id);
      if (current) return { page: <Moved collection={collection} current={current} /> };
      notFound();
    },
  };
}
