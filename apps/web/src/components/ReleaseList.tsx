import type { Change, CollectionName } from "@cell-atlas/content";
import Link from "next/link";
import type { ReactNode } from "react";
import { ChangedRecord, FieldChanges } from "@/components/Changes";
import { ScrollRegion } from "@/components/ScrollRegion";
import {
  COLLECTION_TITLES,
  countsByCollection,
  fieldLabel,
  formatValue,
  highlights,
  type ReleaseWithChanges,
  releaseAnchor,
  SINGULAR,
} from "@/lib/changes";
import { formatDate, plural } from "@/lib/format";

const COLLECTIONS: CollectionName[] = ["therapies", "organizations", "countries", "trials", "events"];
const TYPES: { type: Change["type"]; label: string }[] = [
  { type: "added", label: "Added" },
  { type: "changed", label: "Changed" },
  { type: "renamed", label: "Renamed" },
  { type: "removed", label: "Removed" },
];

/** One group of a release's changes under its own heading, or nothing when it is empty. */
function Group<T>({
  id,
  title,
  items,
  render,
}: {
  id: string;
  title: string;
  items: readonly T[];
  render: (item: T) => ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className="change-group">
      <h3 id={id}>
        {title} ({items.length})
      </h3>
      <ul className="change-list">
        {items.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a release's list never reorders
          <li key={i}>{render(item)}</li>
        ))}
      </ul>
    </section>
  );
}

function ReleaseCounts({ release: r }: { release: ReleaseWithChanges }) {
  const counts = countsByCollection(r.changes);
  if (r.first)
    return (
      <ScrollRegion label={`Records in release ${r.version}`}>
        <table className="release-counts">
          <caption className="visually-hidden">Records in release {r.version}, by collection</caption>
          <thead>
            <tr>
              <th scope="col">Collection</th>
              <th scope="col">Records</th>
            </tr>
          </thead>
          <tbody>
            {COLLECTIONS.map((c) => (
              <tr key={c}>
                <th scope="row">{COLLECTION_TITLES[c]}</th>
                <td data-collection={c} data-count="added">
                  {counts[c].added}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    );
  return (
    <ScrollRegion label={`Changes in release ${r.version} by collection`}>
      <table className="release-counts">
        <caption className="visually-hidden">Changes in release {r.version}, by collection</caption>
        <thead>
          <tr>
            <th scope="col">Collection</th>
            {TYPES.map((t) => (
              <th scope="col" key={t.type}>
                {t.label}
              </th>
            ))}
            <th scope="col">Records after it</th>
          </tr>
        </thead>
        <tbody>
          {COLLECTIONS.map((c) => (
            <tr key={c}>
              <th scope="row">{COLLECTION_TITLES[c]}</th>
              {TYPES.map((t) => (
                <td key={t.type} data-collection={c} data-count={t.type}>
                  {counts[c][t.type]}
                </td>
              ))}
              <td data-collection={c} data-count="records">
                {r.counts[c] ?? 0}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function ReleaseChanges({ release: r }: { release: ReleaseWithChanges }) {
  const h = highlights(r.changes);
  const id = (part: string) => `${releaseAnchor(r.version)}-${part}`;
  const regulation = new Set(h.regulation);
  const otherAdded = h.added.filter((c) => c.collection !== "trials" && !regulation.has(c));
  const corrections = h.corrections.filter((c) => (c.fields?.length ?? 0) > 0);
  return (
    <>
      <Group
        id={id("new-trials")}
        title="New trials"
        items={h.newTrials}
        render={(c) => <ChangedRecord change={c} />}
      />
      <Group
        id={id("new-approvals")}
        title="New approvals"
        items={h.newApprovals}
        render={({ change, approval }) => (
          <>
            <ChangedRecord change={change} />: {formatValue(approval, "approvals")}
          </>
        )}
      />
      <Group
        id={id("regulation")}
        title="New approval and regulation events"
        items={h.regulation}
        render={(c) => <ChangedRecord change={c} />}
      />
      <Group
        id={id("stage-status")}
        title="Stage and status changes"
        items={h.stageAndStatus}
        render={(s) => (
          <>
            <ChangedRecord change={s.change} withKind /> — {fieldLabel(s.path)}:{" "}
            <span className="field-old">{formatValue(s.old, s.path)}</span> <span aria-hidden="true">→</span>
            <span className="visually-hidden">changed to</span>{" "}
            <span className="field-new">{formatValue(s.new, s.path)}</span>
          </>
        )}
      />
      <Group
        id={id("added")}
        title="Other new records"
        items={otherAdded}
        render={(c) => <ChangedRecord change={c} withKind />}
      />
      <Group
        id={id("renamed")}
        title="Renamed"
        items={h.renamed}
        render={(c) => (
          <>
            <ChangedRecord change={c} withKind />: id {c.formerId} → {c.id}
          </>
        )}
      />
      <Group
        id={id("removed")}
        title="Removed"
        items={h.removed}
        render={(c) => (
          <>
            <span className="change-kind">{SINGULAR[c.collection]}</span> {c.name}{" "}
            <span className="muted">({c.id})</span>
          </>
        )}
      />
      <Group
        id={id("corrections")}
        title="Corrections and updates"
        items={corrections}
        render={(c) => (
          <>
            <ChangedRecord change={c} withKind />
            <FieldChanges fields={c.fields} />
          </>
        )}
      />
    </>
  );
}

/** One release: its date, summary counts, counts per collection and (after the first) its changes. */
export function Release({ release: r }: { release: ReleaseWithChanges }) {
  const anchor = releaseAnchor(r.version);
  return (
    <section aria-labelledby={anchor} className="release" data-release={r.version}>
      <h2 id={anchor}>Release {r.version}</h2>
      <p className="muted">
        Made <time dateTime={r.date}>{formatDate(r.date)}</time>
        {r.previous ? (
          <>
            , compared with release <Link href={`#${releaseAnchor(r.previous)}`}>{r.previous}</Link>
          </>
        ) : null}
        . Data version <code>{r.dataVersion}</code>.
      </p>
      <dl className="figures release-summary" aria-label={`Release ${r.version} in figures`}>
        {TYPES.map((t) => (
          <div key={t.type}>
            <dt>{t.label}</dt>
            <dd data-summary={t.type}>{r.summary[t.type]}</dd>
          </div>
        ))}
      </dl>
      {r.first ? (
        <p>
          The first release: the history of changes starts here, with {plural(r.summary.added, "record")}. Each record's
          page says it was added in this release; later releases list what they add, correct, rename and remove.
        </p>
      ) : r.changes.length === 0 ? (
        <p>No record changed since release {r.previous}.</p>
      ) : null}
      <ReleaseCounts release={r} />
      {r.first ? null : <ReleaseChanges release={r} />}
    </section>
  );
}

/** Every release, newest first, with a list of them when there is more than one. */
export function ReleaseList({ releases }: { releases: readonly ReleaseWithChanges[] }) {
  return (
    <>
      {releases.length === 0 ? <p className="empty">No data release has been made yet.</p> : null}
      {releases.length > 1 ? (
        <nav aria-label="Releases">
          <ul className="link-list">
            {releases.map((r) => (
              <li key={r.version}>
                <Link href={`#${releaseAnchor(r.version)}`}>{r.version}</Link>{" "}
                <span className="muted">
                  — {formatDate(r.date)}: {r.summary.added} added, {r.summary.changed} changed, {r.summary.renamed}{" "}
                  renamed, {r.summary.removed} removed
                </span>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {releases.map((r) => (
        <Release key={r.version} release={r} />
      ))}
    </>
  );
}
