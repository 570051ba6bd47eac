import { EVIDENCE_LEVELS, LEVEL_OF_KIND, SOURCE_KINDS, STAGES } from "@cell-atlas/content";
import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { EvidenceBadge } from "@/components/Evidence";
import { Markdown, slugOf } from "@/components/Markdown";
import { type Format, formatter } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import { type LocaleParams, pageLocale } from "@/i18n/server";
import { readMethodology } from "@/lib/methodology";
import { pageMetadata } from "@/lib/site";

type Props = { params: LocaleParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "About" });
  return pageMetadata({ locale, title: t("title"), description: t("description"), path: "/about/" });
}

/** Enum labels in lower case, as a plain list ("registry, regulator, journal"), in the locale's words. */
function lowerList(f: Format, labels: readonly string[]): string {
  const tag = f.locale === "en" ? "en-GB" : f.locale;
  return new Intl.ListFormat(tag, { type: "unit", style: "long" }).format(labels.map((l) => l.toLocaleLowerCase(tag)));
}

/**
 * The evidence levels at a glance, where every badge's legend links to. Which source kinds give
 * which level is read from the content package's own mapping (LEVEL_OF_KIND), so this cannot
 * drift from what the badges show; the methodology below explains it in full.
 */
function EvidenceLevels({ more, f }: { more?: string | undefined; f: Format }) {
  const t = useTranslations("About.evidence");
  return (
    <section aria-labelledby="evidence-levels" className="card">
      <h2 id="evidence-levels">{t("title")}</h2>
      <p>{t("intro")}</p>
      <ul>
        {EVIDENCE_LEVELS.map((level) => (
          <li key={level}>
            {t.rich("level", {
              kinds: lowerList(
                f,
                SOURCE_KINDS.filter((k) => LEVEL_OF_KIND[k] === level).map((k) => f.label("sourceKind", k)),
              ),
              badge: () => <EvidenceBadge level={level} explain />,
            })}
          </li>
        ))}
      </ul>
      <p>{more ? t.rich("claimsMore", { link: (chunks) => <a href={more}>{chunks}</a> }) : t("claims")}</p>
    </section>
  );
}

export default async function AboutPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "About" });
  const f = formatter(locale);
  // The file starts with its own "# Methodology" title; the page supplies the h1.
  const text = readMethodology()?.replace(/^#\s+[^\n]*\n/, "");
  const evidenceHeading = text ? /^##\s+(Evidence[^\n]*)$/m.exec(text)?.[1] : undefined;
  return (
    <>
      <h1>{t("title")}</h1>
      <EvidenceLevels f={f} more={evidenceHeading ? `#${slugOf(evidenceHeading)}` : undefined} />
      {text ? (
        <>
          {/* The methodology is a record of the atlas's rules, written (and kept) in English. */}
          {locale === "en" ? null : (
            <p className="muted" data-notice="english-text">
              {t("englishNotice")}
            </p>
          )}
          <div lang="en" dir="ltr">
            <Markdown headingOffset={0} slugs>
              {text}
            </Markdown>
          </div>
        </>
      ) : (
        <div className="prose">
          <p>
            {t("fallback.records", {
              kinds: lowerList(
                f,
                SOURCE_KINDS.map((k) => f.label("sourceKind", k)),
              ),
              stages: lowerList(
                f,
                STAGES.map((s) => f.label("stage", s)),
              ),
            })}
          </p>
          <p>{t.rich("fallback.contribute", { link: (chunks) => <Link href="/contribute/">{chunks}</Link> })}</p>
        </div>
      )}
    </>
  );
}
