import type { CollectionName, LocalName } from "@cell-atlas/content";
import type { NameLanguage } from "@cell-atlas/content/i18n";
import { useLocale, useTranslations } from "next-intl";
import { RecordName } from "@/components/RecordName";
import { useFormat } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import { atlas, hrefOf, nameOf } from "@/lib/data";

/**
 * A record's name as a link text: a country by its CLDR name in the page's language (English from
 * the dataset when CLDR has none), a therapy or organization by `RecordName` (its sourced local
 * name, else its English name), anything else by its English name.
 */
export function LinkedName({ collection, id, name }: { collection: CollectionName; id: string; name?: string }) {
  const f = useFormat();
  const english = name || nameOf(collection, id);
  if (collection === "countries") {
    const local = f.country(id, english);
    return f.locale !== "en" && local === english ? <bdi lang="en">{local}</bdi> : local;
  }
  if (collection === "therapies" || collection === "organizations") {
    const record = atlas().get(collection, id);
    return <RecordName record={record ?? { name: english }} />;
  }
  return <bdi lang="en">{english}</bdi>;
}

/** Inline, comma-separated links to records: "Saudi Arabia, Jordan". */
export function RecordLinks({ collection, ids }: { collection: CollectionName; ids: readonly string[] }) {
  const t = useTranslations("Record.links");
  if (ids.length === 0) return <>{t("none")}</>;
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? t("separator") : ""}
          <Link href={hrefOf(collection, id)}>
            <LinkedName collection={collection} id={id} />
          </Link>
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
  /** The section's heading, already translated. */
  title: string;
  collection: CollectionName;
  refs: readonly { id: string; name: string; role?: string }[] | undefined;
  id: string;
}) {
  const t = useTranslations("Record.links");
  const f = useFormat();
  if (!refs || refs.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="link-list">
        {refs.map((r) => (
          <li key={`${r.id}/${r.role ?? ""}`}>
            <Link href={hrefOf(collection, r.id)}>
              <LinkedName collection={collection} id={r.id} name={r.name || r.id} />
            </Link>
            {r.role ? <span className="muted">{t("role", { role: f.label("organizationRole", r.role) })}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The "Names" fact of a record page: each sourced local name with its language (in the page's
 * language), the name isolated in its own script, and a link to the first page that shows it.
 * Nothing when the record has none.
 */
export function NamesFact({ names }: { names: Partial<Record<NameLanguage, LocalName>> | undefined }) {
  const t = useTranslations("Record.names");
  const locale = useLocale();
  const entries = Object.entries(names ?? {}) as [NameLanguage, LocalName][];
  if (entries.length === 0) return null;
  const languages = new Intl.DisplayNames([locale], { type: "language" });
  return (
    <>
      <dt>{t("term")}</dt>
      {entries.map(([code, local]) => {
        const source = local.sources[0];
        return (
          <dd key={code} data-name-lang={code}>
            {t.rich("entry", {
              language: languages.of(code) ?? code,
              name: local.name,
              bdi: (chunks) => (
                <bdi lang={code} dir="auto">
                  {chunks}
                </bdi>
              ),
              source: (chunks) =>
                source ? (
                  <a href={source.url} rel="noopener noreferrer">
                    {chunks}
                  </a>
                ) : (
                  chunks
                ),
            })}
          </dd>
        );
      })}
    </>
  );
}
