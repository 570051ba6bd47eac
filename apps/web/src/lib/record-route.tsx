import type { CollectionName, RecordOf } from "@cell-atlas/content";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactElement } from "react";
import { Moved, movedMetadata, movedTo } from "@/components/Moved";
import { atlas, staticIds } from "@/lib/data";

export type RecordPageProps = { params: Promise<{ id: string }> };

/**
 * What every record page shares: one static page per id (and per former id, which redirects), the
 * metadata of the record, and the lookup that answers a moved id or a 404.
 */
export function recordRoute<C extends CollectionName>(collection: C, metadataOf: (record: RecordOf<C>) => Metadata) {
  return {
    generateStaticParams: () => staticIds(collection),

    async generateMetadata({ params }: RecordPageProps): Promise<Metadata> {
      const { id } = await params;
      const record = atlas().get(collection, id);
      if (record) return metadataOf(record);
      const current = movedTo(collection, id);
      return current ? movedMetadata(collection, current) : { title: "Not found" };
    },

    /** The record for the page, or the page to render instead (a former id's redirect). */
    async find({ params }: RecordPageProps): Promise<{ id: string; record: RecordOf<C> } | { page: ReactElement }> {
      const { id } = await params;
      const record = atlas().get(collection, id);
      if (record) return { id, record };
      const current = movedTo(collection, id);
      if (current) return { page: <Moved collection={collection} current={current} /> };
      notFound();
    },
  };
}
