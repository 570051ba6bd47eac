import type { CollectionName } from "@cell-atlas/content";
import type { Metadata } from "next";
import Link from "next/link";
import { atlas, hrefOf, nameOf } from "@/lib/data";

/** The current id for a former one, or undefined. */
export function movedTo(collection: CollectionName, id: string): string | undefined {
  return atlas().get(collection, id) ? undefined : atlas().currentId(collection, id);
}

export function movedMetadata(collection: CollectionName, current: string): Metadata {
  const title = `Moved: ${nameOf(collection, current)}`;
  const description = `This record has a new address: ${hrefOf(collection, current)}`;
  return {
    title,
    description,
    robots: { index: false },
    alternates: { canonical: hrefOf(collection, current) },
    openGraph: { title, description, url: hrefOf(collection, current), type: "website" },
  };
}

/** Renamed records keep their old ids in formerIds, so old links land here and move on. */
export function Moved({ collection, current }: { collection: CollectionName; current: string }) {
  const href = hrefOf(collection, current);
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${href}`} />
      <h1>This record has moved</h1>
      <p>
        Its id changed. It is now at <Link href={href}>{nameOf(collection, current)}</Link>.
      </p>
    </>
  );
}
