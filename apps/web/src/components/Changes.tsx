import type { Change, ChangeLog, CollectionName, FieldChange } from "@cell-atlas/content";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormat } from "@/i18n/format";
import { localePath } from "@/i18n/locales";
import { Link } from "@/i18n/navigation";
import { changeLog, changeText, currentHref, releaseHref } from "@/lib/changes";
import { hrefOf } from "@/lib/data";
import type { FeedLink } from "@/lib/site";
import { dataFile, editUrl, REPOSITORY_URL, reportUrl, SITE_URL } from "@/lib/site";

const label = (chunks: ReactNode) => <span className="field-name">{chunks}</span>;
const was = (chunks: ReactNode) => <span className="field-old">{chunks}</span>;
const now = (chunks: ReactNode) => <span className="field-new">{chunks}</span>;

/** "Phase 2 → Phase 3", with the arrow read as words. */
function FieldChangeText({ field: f }: { field: FieldChange }) {
  const t = useTranslations("Releases.history.field");
  const { fieldLabel, formatValue } = changeText(useLocale());
  const field = fieldLabel(f.path);
  if (f.old === undefined) return <>{t.rich("added", { field, value: formatValue(f.new, f.path), label, now })}</>;
  if (f.new === undefined) return <>{t.rich("removed", { field, value: formatValue(f.old, f.path), label, was })}</>;
  return (
    <>
      {t.rich("changed", {
        field,
        old: formatValue(f.old, f.path),
        new: formatValue(f.new, f.path),
        label,
        was,
        now,
        arrow: (chunks) => <span aria-hidden="true">{chunks}</span>,
        hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
      })}
    </>
  );
}

/** The fields a change touched, each old → new. */
export function FieldChanges({ fields }: { fields: readonly FieldChange[] | undefined }) {
  if (!fields || fields.length === 0) return null;
  return (
    <ul className="field-changes">
      {fields.map((f) => (
        <li key={f.path}>
          <FieldChangeText field={f} />
        </li>
      ))}
    </ul>
  );
}

/** A changed record by name, linked to the page it is on now (none once it is removed). */
export function ChangedRecord({ change, withKind = false }: { change: Change; withKind?: boolean }) {
  const t = useTranslations("Releases.history.record");
  const text = changeText(useLocale());
  const href = currentHref(change.collection, change.id);
  return (
    <>
      {withKind ? <span className="change-kind">{text.singular(change.collection)}</span> : null}
      {withKind ? " " : null}
      {href ? (
        <Link href={href}>
          <bdi lang="en">{change.name}</bdi>
        </Link>
      ) : (
        t.rich("removed", {
          name: change.name,
          id: change.id,
          en: (chunks) => <bdi lang="en">{chunks}</bdi>,
          muted: (chunks) => <span className="muted">{chunks}</span>,
        })
      )}
    </>
  );
}

/** A record's changes, newest first, from the change log (following renames). */
export function History({
  collection,
  id,
  feed,
  log = changeLog(),
}: {
  collection: CollectionName;
  id: string;
  feed?: FeedLink | undefined;
  log?: ChangeLog;
}) {
  const t = useTranslations("Releases.history");
  const f = useFormat();
  const releases = log.releases();
  const history = log.history(collection, id);
  const first = releases.at(-1)?.version;
  return (
    <section aria-labelledby="history" className="history">
      <h2 id="history">{t("title")}</h2>
      {history.length === 0 ? (
        <p data-history="none">{releases[0] ? t("notReleased", { version: releases[0].version }) : t("noRelease")}</p>
      ) : (
        <ol className="history-list">
          {history.map((c) => (
            <li key={`${c.release}/${c.type}/${c.id}`} data-release={c.release} data-change={c.type}>
              {t.rich("entry", {
                date: f.date(c.date),
                type: c.type,
                formerId: c.formerId ?? "",
                release: c.release,
                first: c.release === first ? "yes" : "no",
                time: (chunks) => <time dateTime={c.date}>{chunks}</time>,
                id: (chunks) => <bdi dir="ltr">{chunks}</bdi>,
                link: (chunks) => (
                  <Link href={releaseHref(c.release)}>
                    <bdi dir="ltr">{chunks}</bdi>
                  </Link>
                ),
              })}
              <FieldChanges fields={c.fields} />
            </li>
          ))}
        </ol>
      )}
      <p className="small">
        <Link href="/changes/">{t("all")}</Link>
        {feed ? (
          <>
            {" "}
            ·{" "}
            {t.rich("feed", {
              title: feed.title,
              link: (chunks) => <a href={feed.url}>{chunks}</a>,
            })}
          </>
        ) : null}
      </p>
    </section>
  );
}

/**
 * The contributor loop: the record's YAML file to edit, and an issue that names the record. With
 * no repository configured, the file's path and the contributing guide.
 */
export function RecordActions({
  collection,
  id,
  name,
  repository = REPOSITORY_URL,
}: {
  collection: CollectionName;
  id: string;
  name: string;
  repository?: string;
}) {
  const t = useTranslations("Releases.footer");
  const locale = useLocale();
  const page = `${SITE_URL}${localePath(locale, hrefOf(collection, id))}`;
  if (!repository)
    return (
      <div className="record-actions">
        <p className="small muted" data-action="file">
          {t.rich("fileLead", {
            path: dataFile(collection, id),
            file: (chunks) => <code dir="ltr">{chunks}</code>,
            link: (chunks) => <Link href="/contribute/">{chunks}</Link>,
          })}
        </p>
      </div>
    );
  return (
    <div className="record-actions">
      <p className="record-actions-lead small muted">{t("lead")}</p>
      <ul>
        <li>
          <a href={editUrl(collection, id, repository)} rel="noopener noreferrer" data-action="edit">
            {t("edit")}
          </a>{" "}
          <span className="small muted">{t("editNote")}</span>
        </li>
        <li>
          <a
            href={reportUrl(collection, id, { name, page, repository })}
            rel="noopener noreferrer"
            data-action="report"
          >
            {t("report")}
          </a>{" "}
          <span className="small muted">{t("reportNote")}</span>
        </li>
      </ul>
    </div>
  );
}

/** What every record page ends with: its history, then how to correct it. */
export function RecordFooter({
  collection,
  id,
  name,
  feed,
}: {
  collection: CollectionName;
  id: string;
  name: string;
  feed?: FeedLink | undefined;
}) {
  return (
    <>
      <History collection={collection} id={id} feed={feed} />
      <RecordActions collection={collection} id={id} name={name} />
    </>
  );
}
