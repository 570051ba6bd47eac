import Link from "next/link";
import { Markdown } from "@/components/Markdown";
import { readMethodology } from "@/lib/methodology";
import { pageMetadata } from "@/lib/site";

export const metadata = pageMetadata({
  title: "Methodology",
  description: "Scope, inclusion rules, kinds of evidence and how corrections are made in the Cell Therapy Atlas.",
  path: "/about/",
});

export default function AboutPage() {
  // The file starts with its own "# Methodology" title; the page supplies the h1.
  const text = readMethodology()?.replace(/^#\s+[^\n]*\n/, "");
  return (
    <>
      <h1>Methodology</h1>
      {text ? (
        <Markdown headingOffset={0}>{text}</Markdown>
      ) : (
        <div className="prose">
          <p>
            The atlas records cell therapy programmes, trials, approvals, organizations and events in the member states
            of the Organisation of Islamic Cooperation. Every record cites at least one public source, with its kind
            (registry, regulator, journal, news, press release, company or other), and the date it was last reviewed.
          </p>
          <p>
            The full methodology is being written. Meanwhile, see <Link href="/contribute/">how to contribute</Link>.
          </p>
        </div>
      )}
    </>
  );
}
