import type { CollectionName } from "@cell-atlas/content";
import Link from "next/link";
import { hrefOf, nameOf } from "@/lib/data";
import { label } from "@/lib/format";

/** Inline, comma-separated links to records: "Saudi Arabia, Jordan". */
export function RecordLinks({ collection, ids }: { collection: CollectionName; ids: readonly string[] }) {
  if (ids.length === 0) return <>—</>;
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? ", " : ""}
          <Link href={hrefOf(collection, id)}>{nameOf(collection, id)}</Link>
        </span>
      ))}
    </>
  );
}

/** A titled list of related records, or nothing when there are none. */
export function RelatedList({
  title,
  collection,
  refs,
  id,
}: {
  title: string;
  collection: CollectionName;
  refs: readonly { id: string; name: string; role?: string }[] | undefined;
  id: string;
}) {
  if (!refs || refs.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="link-list">
        {refs.map((r) => (
          <li key={`${r.id}/${r.role ?? ""}`}>
            <Link href={hrefOf(collection, r.id)}>{r.name || r.id}</Link>
            {r.role ? <span className="muted"> — {label(r.role)}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
