import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/ScrollRegion";
import { Link } from "@/i18n/navigation";
import { type LocaleParams, pageLocale } from "@/i18n/server";
import { pageMetadata } from "@/lib/site";

type Props = { params: LocaleParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Contribute" });
  return pageMetadata({ locale, title: t("title"), description: t("description"), path: "/contribute/" });
}

/** Commands, paths and field names: literal, never translated, and kept left to right in RTL text. */
const code = (chunks: ReactNode) => <code dir="ltr">{chunks}</code>;

/** The JSON Schema files are data, served once (not per language). */
const schemaLink = (collection: string) => (chunks: ReactNode) => (
  <a href={`/data/schema/${collection}.json`}>{chunks}</a>
);

// The template is a code sample: it stays English, comments included.
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

export default async function ContributePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Contribute" });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t.rich("lead", { folder: "packages/content/data/<collection>/", code })}</p>
      <h2 id="steps">{t("steps.title")}</h2>
      <ol>
        <li>
          {t.rich("steps.scaffold", {
            command: "pnpm cell-atlas new <collection> <id>",
            example: "pnpm cell-atlas new therapies example-car-t",
            therapies: "therapies",
            organizations: "organizations",
            countries: "countries",
            trials: "trials",
            events: "events",
            code,
          })}
        </li>
        <li>{t.rich("steps.fill", { accessed: "accessed", lastReviewed: "lastReviewed", code })}</li>
        <li>{t.rich("steps.check", { command: "pnpm validate", format: "file:line:col field message fix", code })}</li>
        <li>{t("steps.open")}</li>
      </ol>
      <h2 id="template">{t("template.title")}</h2>
      <p>{t("template.lead")}</p>
      <ScrollRegion label={t("template.region")}>
        <pre dir="ltr" lang="en">
          <code>{TEMPLATE}</code>
        </pre>
      </ScrollRegion>
      <h2 id="schema">{t("schema.title")}</h2>
      <p>
        {t.rich("schema.text", {
          therapies: schemaLink("therapies"),
          organizations: schemaLink("organizations"),
          countries: schemaLink("countries"),
          trials: schemaLink("trials"),
          events: schemaLink("events"),
          data: (chunks) => <Link href="/data/">{chunks}</Link>,
        })}
      </p>
      <h2 id="rules">{t("rules.title")}</h2>
      <ul>
        <li>{t.rich("rules.ids", { formerIds: "formerIds", code })}</li>
        <li>{t.rich("rules.links", { link: (chunks) => <Link href="/about/#evidence-levels">{chunks}</Link> })}</li>
        <li>{t.rich("rules.canonical", { url: "url", via: "via", code })}</li>
        <li>{t.rich("rules.claims", { claims: "claims", figures: "figures", code })}</li>
        <li>{t.rich("rules.notes", { notes: "notes", code })}</li>
        <li>{t.rich("rules.methodology", { link: (chunks) => <Link href="/about/">{chunks}</Link> })}</li>
      </ul>
    </>
  );
}
