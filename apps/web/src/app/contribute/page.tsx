import Link from "next/link";
import { ScrollRegion } from "@/components/ScrollRegion";
import { pageMetadata } from "@/lib/site";

export const metadata = pageMetadata({
  title: "Contribute",
  description:
    "How to add or correct a record in the Cell Therapy Atlas: one YAML file per record, checked by a schema.",
  path: "/contribute/",
});

const TEMPLATE = `# yaml-language-server: $schema=../../dist/schema/therapies.json
id: example-car-t            # kebab-case, equal to the file name
name: Example CAR-T
aliases: [EX-19]
modality: car-t              # car-t · tcr-t · nk · til · dendritic · msc · hsc · …
cellSource: autologous       # autologous · allogeneic · unknown
targets: [CD19]
organizations:
  - id: example-hospital     # an organization record's id
    role: developer          # developer · manufacturer · sponsor · clinical-site
countries: [sa]              # ISO alpha-2, lower case
indications:
  - condition: B-cell acute lymphoblastic leukaemia
    area: cancer             # cancer · autoimmune · regenerative · blood-disorders · neurological · other
    stage: phase-1           # preclinical · phase-1 · … · approved · in-clinical-use
    status: active           # active · completed · failed · discontinued · unknown
trials: [nct00000000]
summary: >-
  Two or three neutral sentences in your own words.
sources:
  - url: https://example.org/where-you-read-it
    title: Title of the page as it appears there
    publisher: Who published it
    published: 2024-05-01
    kind: news               # registry · regulator · journal · news · press-release · company · other
lastReviewed: 2026-01-31`;

export default function ContributePage() {
  return (
    <>
      <h1>Contribute</h1>
      <p className="lead">
        Every record is one small YAML file under <code>packages/content/data/&lt;collection&gt;/</code>. Add one, run
        the checks, open a pull request. You do not need to read any code.
      </p>
      <h2 id="steps">Add a record in four steps</h2>
      <ol>
        <li>
          Scaffold the file: <code>pnpm cell-atlas new &lt;collection&gt; &lt;id&gt;</code>, for example{" "}
          <code>pnpm cell-atlas new therapies example-car-t</code>. Collections are <code>therapies</code>,{" "}
          <code>organizations</code>, <code>countries</code>, <code>trials</code> and <code>events</code>.
        </li>
        <li>
          Fill it in. Use your own words, cite at least one public source for every fact, and say what kind of source it
          is. Set <code>lastReviewed</code> to today.
        </li>
        <li>
          Check it: <code>pnpm validate</code>. Every problem is reported as{" "}
          <code>file:line:col field message fix</code>.
        </li>
        <li>Open a pull request. A reviewer checks the sources.</li>
      </ol>
      <h2 id="template">The template</h2>
      <p>A therapy record, annotated. The first line lets editors autocomplete and underline mistakes.</p>
      <ScrollRegion label="Therapy record template">
        <pre>
          <code>{TEMPLATE}</code>
        </pre>
      </ScrollRegion>
      <h2 id="schema">The JSON Schema</h2>
      <p>
        Each collection has a JSON Schema, generated from the same definitions that validate the data:{" "}
        <a href="/data/schema/therapies.json">therapies</a>, <a href="/data/schema/organizations.json">organizations</a>
        , <a href="/data/schema/countries.json">countries</a>, <a href="/data/schema/trials.json">trials</a>,{" "}
        <a href="/data/schema/events.json">events</a>. See <Link href="/data/">data downloads</Link> for the rest.
      </p>
      <h2 id="rules">Rules of thumb</h2>
      <ul>
        <li>
          Ids are stable forever. If a record must be renamed, keep the old id in <code>formerIds</code>.
        </li>
        <li>Only https links. Prefer registries, regulators and journals to press releases and news.</li>
        <li>
          Where popular coverage got something wrong, say so in <code>notes</code>, with the source that shows it.
        </li>
        <li>
          Read the <Link href="/about/">methodology</Link> for scope and inclusion rules.
        </li>
      </ul>
    </>
  );
}
