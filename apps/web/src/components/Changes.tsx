import type { Change, ChangeLog, CollectionName, FieldChange } from "@cell-atlas/content";
import Link from "next/link";
import { changeLog, currentHref, fieldLabel, formatValue, releaseHref, SINGULAR } from "@/lib/changes";
import { hrefOf } from "@/lib/data";
import { formatDate } from "@/lib/format";
import type { FeedLink } from "@/lib/site";
import { dataFile, editUrl, REPOSITORY_URL, reportUrl, SITE_URL } from "@/lib/site";

/** "Phase 2 → Phase 3", with the arrow read as words. */
function FieldChangeText({ field: f }: { field: FieldChange }) {
  const name = <span className="field-name">{fieldLabel(f.path)}</span>;
  if (f.old === undefined)
    return (
      <>
        {name} added: <span className="field-new">{formatValue(f.new, f.path)}</span>
      </>
    );
  if (f.new === undefined)
    return (
      <>
        {name} removed: <span className="field-old">{formatValue(f.old, f.path)}</span>
      </>
    );
  return (
    <>
      {name}: <span className="field-old">{formatValue(f.old, f.path)}</span> <span aria-hidden="true">→</span>
      <span className="visually-hidden">changed to</span>{" "}
      <span className="field-new">{formatValue(f.new, f.path)}</span>
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
  const href = currentHref(change.collection, change.id);
  return (
    <>
      {withKind ? <span className="change-kind">{SINGULAR[change.collection]}</span> : null}
      {withKind ? " " : null}
      {href ? (
        <Link href={href}>{change.name}</Link>
      ) : (
        <>
          {change.name} <span className="muted">({change.id}, no longer in the atlas)</span>
        </>
      )}
    </>
  );
}

const verb = (c: Change) =>
  c.type === "added"
    ? "added"
    : c.type === "removed"
      ? "removed"
      : c.type === "renamed"
        ? `renamed from ${c.formerId}`
        : "updated";

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
  const releases = log.releases();
  const history = log.history(collection, id);
  const first = releases.at(-1)?.version;
  return (
    <section aria-labelledby="history" className="history">
      <h2 id="history">History</h2>
      {history.length === 0 ? (
        <p data-history="none">
          {releases[0]
            ? `Not in a data release yet: this record was added after release ${releases[0].version}.`
            : "No data release has been made yet."}
        </p>
      ) : (
        <ol className="history-list">
          {history.map((c) => (
            <li key={`${c.release}/${c.type}/${c.id}`} data-release={c.release} data-change={c.type}>
              <time dateTime={c.date}>{formatDate(c.date)}</time>: {verb(c)} in release{" "}
              <Link href={releaseHref(c.release)}>{c.release}</Link>
              {c.release === first ? ", the first release of the atlas" : ""}.
              <FieldChanges fields={c.fields} />
            </li>
          ))}
        </ol>
      )}
      <p className="small">
        <Link href="/changes/">Every change, release by release</Link>
        {feed ? (
          <>
            {" "}
            · <a href={feed.url}>{feed.title}</a> (Atom feed)
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
  const page = `${SITE_URL}${hrefOf(collection, id)}`;
  if (!repository)
    return (
      <div className="record-actions">
        <p className="small muted" data-action="file">
          Something wrong, missing or out of date? This record is the file <code>{dataFile(collection, id)}</code>;{" "}
          <Link href="/contribute/">how to correct it</Link>.
        </p>
      </div>
    );
  return (
    <div className="record-actions">
      <p className="record-actions-lead small muted">Something wrong, missing or out of date?</p>
      <ul>
        <li>
          <a href={editUrl(collection, id, repository)} rel="noopener noreferrer" data-action="edit">
            Edit this record
          </a>{" "}
          <span className="small muted">(its YAML file, checked by the schema)</span>
        </li>
        <li>
          <a
            href={reportUrl(collection, id, { name, page, repository })}
            rel="noopener noreferrer"
            data-action="report"
          >
            Report a problem
          </a>{" "}
          <span className="small muted">(a new issue that names this record)</span>
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
