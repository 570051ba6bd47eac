import { EVIDENCE_LEVELS, LEVEL_OF_KIND, SOURCE_KINDS, STAGES } from "@cell-atlas/content";
import Link from "next/link";
import { EvidenceBadge } from "@/components/Evidence";
import { Markdown, slugOf } from "@/components/Markdown";
import { label } from "@/lib/format";
import { readMethodology } from "@/lib/methodology";
import { pageMetadata } from "@/lib/site";

export const metadata = pageMetadata({
  title: "Methodology",
  description:
    "Scope, inclusion rules, kinds of sources, evidence levels, claims and how corrections are made in the Cell Therapy Atlas.",
  path: "/about/",
});

/**
 * The evidence levels at a glance, where every badge's legend links to. Which source kinds give
 * which level is read from the content package's own mapping (LEVEL_OF_KIND), so this cannot
 * drift from what the badges show; the methodology below explains it in full.
 */
function EvidenceLevels({ more }: { more?: string }) {
  return (
    <section aria-labelledby="evidence-levels" className="card">
      <h2 id="evidence-levels">Evidence levels at a glance</h2>
      <p>
        Beside each indication's stage, each approval, trial, event, reported figure and claim, the site shows an
        evidence level. Nobody types it: the build derives it from the kinds of the sources cited for that fact, and the
        strongest source counts.
      </p>
      <ul>
        {EVIDENCE_LEVELS.map((level) => (
          <li key={level}>
            <EvidenceBadge level={level} explain />. Sources of kind:{" "}
            {SOURCE_KINDS.filter((k) => LEVEL_OF_KIND[k] === level)
              .map((k) => label(k).toLowerCase())
              .join(", ")}
            .
          </li>
        ))}
      </ul>
      <p>
        Claims (what is said that no confirmed source shows) are listed apart from the facts, with their status:
        unconfirmed, disputed or denied. Every source also records the day it was read and, when it was read in a copy
        (a registry mirror, an archive), the copy that was read.
        {more ? (
          <>
            {" "}
            <a href={more}>More on evidence, claims and figures</a>.
          </>
        ) : null}
      </p>
    </section>
  );
}

export default function AboutPage() {
  // The file starts with its own "# Methodology" title; the page supplies the h1.
  const text = readMethodology()?.replace(/^#\s+[^\n]*\n/, "");
  const evidenceHeading = text ? /^##\s+(Evidence[^\n]*)$/m.exec(text)?.[1] : undefined;
  return (
    <>
      <h1>Methodology</h1>
      <EvidenceLevels more={evidenceHeading ? `#${slugOf(evidenceHeading)}` : undefined} />
      {text ? (
        <Markdown headingOffset={0} slugs>
          {text}
        </Markdown>
      ) : (
        <div className="prose">
          <p>
            The atlas records cell therapy programmes, trials, approvals, organizations and events in the member states
            of the Organisation of Islamic Cooperation. Every record cites at least one public source, with its kind (
            {SOURCE_KINDS.map(label).join(", ").toLowerCase()}) and the date it was read, and the date the record was
            last reviewed. Each indication has a stage: {STAGES.map(label).join(", ").toLowerCase()}.
          </p>
          <p>
            The full methodology is being written. Meanwhile, see <Link href="/contribute/">how to contribute</Link>.
          </p>
        </div>
      )}
    </>
  );
}
