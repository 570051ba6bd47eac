import Link from "next/link";
import { ScrollRegion } from "@/components/ScrollRegion";
import { pageMetadata } from "@/lib/site";

export const metadata = pageMetadata({
  title: "Contribute",
  description:
    "How to add or correct a record in the Cell Therapy Atlas: one YAML file per record, checked by a schema.",
  path: "/contribute/",
});

const TEMPLATE = `# yaml-language-server: $schema=../../dist/json-schema/therapies.json
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
    stage: phase-1           # preclinical · early-use · phase-1 · … · approved · in-clinical-use
    status: active           # active · completed · failed · discontinued · unknown
trials: [nct00000000]
claims:                      # what someone says that no confirmed source shows (optional)
  - claim: approved by the national regulator for relapsed ALL
    by: Example Hospital (press release)
    date: 2025-03
    status: unconfirmed      # unconfirmed · disputed · denied
    sources:
      - url: https://example.org/press/approval
        title: Example Hospital announces approval
        publisher: Example Hospital
        accessed: 2026-01-31
        kind: press-release
summary: >-
  Two or three neutral sentences in your own words.
sources:
  - url: https://example.org/where-it-was-published   # the canonical page
    via: https://mirror.example.net/copy-you-read      # only if you read a copy elsewhere
    title: Title of the page as it appears there
    publisher: Who published it
    published: 2024-05-01
    accessed: 2026-01-31     # the day you read it (required)
    kind: news               # registry · regulator · official · journal · news · press-release · own-site · other
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
          Fill it in. Use your own words, cite at least one public source for every fact, say what kind of source it is
          and the day you read it (<code>accessed</code>), and set <code>lastReviewed</code> to today.
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
        <li>
          Only https links. Prefer registries, regulators, official records and journals to news, and news to press
          releases and an organization's own site: the kind of each source sets the{" "}
          <Link href="/about/#evidence-levels">evidence level</Link> the site shows beside the fact (confirmed, reported
          or claimed). Never type the level yourself.
        </li>
        <li>
          Cite the canonical page in <code>url</code> (the registry record, the DOI). If you read it in a copy, such as
          a registry mirror or an archive, name that copy in <code>via</code>.
        </li>
        <li>
          What an organization or the press says that no confirmed source shows goes under <code>claims</code>, not into
          the facts; a reported count or ranking goes under <code>figures</code>, with who gave it and when. An approval
          needs a confirmed source.
        </li>
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
