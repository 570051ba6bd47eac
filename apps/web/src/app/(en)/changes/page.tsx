import { ReleaseList } from "@/components/ReleaseList";
import { releasesWithChanges } from "@/lib/changes";
import { FEED_LIMIT, feedLink, GENERAL_FEEDS } from "@/lib/feeds";
import { pageMetadata } from "@/lib/site";

export const metadata = pageMetadata({
  title: "Changes",
  description:
    "What each data release of the Cell Therapy Atlas added, corrected, renamed or removed: new trials, new approvals, stage and status changes, with Atom feeds.",
  path: "/changes/",
  feeds: GENERAL_FEEDS.map(feedLink),
});

const FEED_NAMES = {
  changes: "every change",
  approvals: "new approvals and regulation",
  trials: "new trials",
} as const;

export default function ChangesPage() {
  return (
    <>
      <h1>Changes</h1>
      <p className="lead">
        The atlas is published in dated data releases. Each release is compared with the one before: what it added,
        corrected, renamed and removed, record by record, newest release first.
      </p>
      <p>
        Follow the changes in a feed reader (Atom):{" "}
        {GENERAL_FEEDS.map((key, i) => (
          <span key={key}>
            {i > 0 ? " · " : ""}
            <a href={feedLink(key).url} type="application/atom+xml">
              {FEED_NAMES[key]}
            </a>
          </span>
        ))}
        . Each country&apos;s page links a feed of the changes about it. A feed holds the newest {FEED_LIMIT} entries;
        this page has them all.
      </p>
      <ReleaseList releases={releasesWithChanges()} />
    </>
  );
}
