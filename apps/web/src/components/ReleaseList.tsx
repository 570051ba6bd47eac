import type { Change, CollectionName } from "@cell-atlas/content";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ChangedRecord, FieldChanges } from "@/components/Changes";
import { ScrollRegion } from "@/components/ScrollRegion";
import { useFormat } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import { changeText, countsByCollection, highlights, type ReleaseWithChanges, releaseAnchor } from "@/lib/changes";

const COLLECTIONS: CollectionName[] = ["therapies", "organizations", "countries", "trials", "events"];
const TYPES: Change["type"][] = ["added", "changed", "renamed", "removed"];

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
  const t = useTranslations("Releases.list");
  const f = useFormat();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className="change-group">
      <h3 id={id}>{t("group", { title, count: f.number(items.length) })}</h3>
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
  const t = useTranslations("Releases.list");
  const f = useFormat();
  const words = changeText(f.locale);
  const counts = countsByCollection(r.changes);
  if (r.first)
    return (
      <ScrollRegion label={t("records.region", { version: r.version })}>
        <table className="release-counts">
          <caption className="visually-hidden">{t("records.caption", { version: r.version })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("records.collection")}</th>
              <th scope="col">{t("records.records")}</th>
            </tr>
          </thead>
          <tbody>
            {COLLECTIONS.map((c) => (
              <tr key={c}>
                <th scope="row">{words.collectionTitle(c)}</th>
                <td data-collection={c} data-count="added">
                  {f.number(counts[c].added)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    );
  return (
    <ScrollRegion label={t("counts.region", { version: r.version })}>
      <table className="release-counts">
        <caption className="visually-hidden">{t("counts.caption", { version: r.version })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("counts.collection")}</th>
            {TYPES.map((type) => (
              <th scope="col" key={type}>
                {t(`types.${type}`)}
              </th>
            ))}
            <th scope="col">{t("counts.after")}</th>
          </tr>
        </thead>
        <tbody>
          {COLLECTIONS.map((c) => (
            <tr key={c}>
              <th scope="row">{words.collectionTitle(c)}</th>
              {TYPES.map((type) => (
                <td key={type} data-collection={c} data-count={type}>
                  {f.number(counts[c][type])}
                </td>
              ))}
              <td data-collection={c} data-count="records">
                {f.number(r.counts[c] ?? 0)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function ReleaseChanges({ release: r }: { release: ReleaseWithChanges }) {
  const t = useTranslations("Releases.list");
  const words = changeText(useFormat().locale);
  const h = highlights(r.changes);
  const id = (part: string) => `${releaseAnchor(r.version)}-${part}`;
  const regulation = new Set(h.regulation);
  const otherAdded = h.added.filter((c) => c.collection !== "trials" && !regulation.has(c));
  const corrections = h.corrections.filter((c) => (c.fields?.length ?? 0) > 0);
  return (
    <>
      <Group
        id={id("new-trials")}
        title={t("groups.newTrials")}
        items={h.newTrials}
        render={(c) => <ChangedRecord change={c} />}
      />
      <Group
        id={id("new-approvals")}
        title={t("groups.newApprovals")}
        items={h.newApprovals}
        render={({ change, approval }) =>
          t.rich("approval", {
            approval: words.formatValue(approval, "approvals"),
            record: () => <ChangedRecord change={change} />,
          })
        }
      />
      <Group
        id={id("regulation")}
        title={t("groups.regulation")}
        items={h.regulation}
        render={(c) => <ChangedRecord change={c} />}
      />
      <Group
        id={id("stage-status")}
        title={t("groups.stageStatus")}
        items={h.stageAndStatus}
        render={(s) =>
          t.rich("stageStatus", {
            field: words.fieldLabel(s.path),
            from: words.formatValue(s.old, s.path),
            to: words.formatValue(s.new, s.path),
            record: () => <ChangedRecord change={s.change} withKind />,
            old: (chunks) => <span className="field-old">{chunks}</span>,
            arrow: (chunks) => <span aria-hidden="true">{chunks}</span>,
            hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
            new: (chunks) => <span className="field-new">{chunks}</span>,
          })
        }
      />
      <Group
        id={id("added")}
        title={t("groups.added")}
        items={otherAdded}
        render={(c) => <ChangedRecord change={c} withKind />}
      />
      <Group
        id={id("renamed")}
        title={t("groups.renamed")}
        items={h.renamed}
        render={(c) =>
          t.rich("renamed", {
            formerId: c.formerId ?? "",
            newId: c.id,
            record: () => <ChangedRecord change={c} withKind />,
            ident: (chunks) => <bdi dir="ltr">{chunks}</bdi>,
          })
        }
      />
      <Group
        id={id("removed")}
        title={t("groups.removed")}
        items={h.removed}
        render={(c) =>
          t.rich("removed", {
            singular: words.singular(c.collection),
            recordName: c.name,
            recordId: c.id,
            kind: (chunks) => <span className="change-kind">{chunks}</span>,
            name: (chunks) => (
              <bdi lang="en" dir="auto">
                {chunks}
              </bdi>
            ),
            muted: (chunks) => <span className="muted">{chunks}</span>,
            ident: (chunks) => <bdi dir="ltr">{chunks}</bdi>,
          })
        }
      />
      <Group
        id={id("corrections")}
        title={t("groups.corrections")}
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
  const t = useTranslations("Releases.list");
  const f = useFormat();
  const anchor = releaseAnchor(r.version);
  const ver = (chunks: ReactNode) => <bdi dir="ltr">{chunks}</bdi>;
  const made = {
    date: f.date(r.date),
    dataVersion: r.dataVersion,
    time: (chunks: ReactNode) => <time dateTime={r.date}>{chunks}</time>,
    code: (chunks: ReactNode) => <code dir="ltr">{chunks}</code>,
  };
  return (
    <section aria-labelledby={anchor} className="release" data-release={r.version}>
      <h2 id={anchor}>{t.rich("heading", { version: r.version, ver })}</h2>
      <p className="muted">
        {r.previous
          ? t.rich("made", {
              ...made,
              previous: r.previous,
              link: (chunks) => <Link href={`#${releaseAnchor(r.previous ?? "")}`}>{chunks}</Link>,
            })
          : t.rich("madeFirst", made)}
      </p>
      <dl className="figures release-summary" aria-label={t("figures", { version: r.version })}>
        {TYPES.map((type) => (
          <div key={type}>
            <dt>{t(`types.${type}`)}</dt>
            <dd data-summary={type}>{f.number(r.summary[type])}</dd>
          </div>
        ))}
      </dl>
      {r.first ? (
        <p>{t("first", { count: r.summary.added })}</p>
      ) : r.changes.length === 0 ? (
        <p>{t.rich("unchanged", { previous: r.previous ?? "", ver })}</p>
      ) : null}
      <ReleaseCounts release={r} />
      {r.first ? null : <ReleaseChanges release={r} />}
    </section>
  );
}

/** Every release, newest first, with a list of them when there is more than one. */
export function ReleaseList({ releases }: { releases: readonly ReleaseWithChanges[] }) {
  const t = useTranslations("Releases.list");
  const f = useFormat();
  return (
    <>
      {releases.length === 0 ? <p className="empty">{t("empty")}</p> : null}
      {releases.length > 1 ? (
        <nav aria-label={t("nav")}>
          <ul className="link-list">
            {releases.map((r) => (
              <li key={r.version}>
                <Link href={`#${releaseAnchor(r.version)}`}>
                  <bdi dir="ltr">{r.version}</bdi>
                </Link>{" "}
                <span className="muted">
                  {t("navSummary", {
                    date: f.date(r.date),
                    added: f.number(r.summary.added),
                    changed: f.number(r.summary.changed),
                    renamed: f.number(r.summary.renamed),
                    removed: f.number(r.summary.removed),
                  })}
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
