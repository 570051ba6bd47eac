import { COLLECTIONS, getDataset } from "@cell-atlas/content";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { type LocaleParams, pageLocale } from "@/i18n/server";
import { API_URL, pageMetadata } from "@/lib/site";

type Props = { params: LocaleParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Data" });
  return pageMetadata({ locale, title: t("title"), description: t("description"), path: "/data/" });
}

/** Versions, parameters and commands: literal, and kept left to right in RTL text. */
const code = (chunks: ReactNode) => <code dir="ltr">{chunks}</code>;

// The downloads are data files served once (not per language), so their links are plain <a>.
export default async function DataPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Data" });
  const { meta } = getDataset();
  const docs = `${API_URL}/docs`;
  const openapi = `${API_URL}/openapi.json`;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">
        {t.rich("lead", {
          license: meta.license,
          version: meta.dataVersion,
          lic: (chunks) => <bdi dir="ltr">{chunks}</bdi>,
          code,
        })}
      </p>
      <h2 id="downloads">{t("downloads.title")}</h2>
      <ul>
        <li>
          {t.rich("downloads.dataset", {
            link: (chunks) => (
              <a href="/data/dataset.json" download>
                {chunks}
              </a>
            ),
          })}
        </li>
        {COLLECTIONS.map((c) => (
          <li key={c}>
            <a href={`/data/csv/${c}.csv`} download>
              {t("downloads.csv", { collection: c, count: meta.counts[c] ?? 0 })}
            </a>
          </li>
        ))}
      </ul>
      <h2 id="schemas">{t("schemas.title")}</h2>
      <ul>
        {COLLECTIONS.map((c) => (
          <li key={c}>
            <a href={`/data/schema/${c}.json`} dir="ltr">
              {c}.json
            </a>
          </li>
        ))}
        <li>
          {t.rich("schemas.dataset", {
            file: "dataset.json",
            link: (chunks) => (
              <a href="/data/schema/dataset.json" dir="ltr">
                {chunks}
              </a>
            ),
          })}
        </li>
      </ul>
      <h2 id="api">{t("api.title")}</h2>
      <p>
        {t.rich("api.text", {
          area: "area",
          modality: "modality",
          country: "country",
          stage: "stage",
          evidence: "evidence",
          q: "q",
          docs,
          openapi,
          code,
          docsLink: (chunks) => (
            <a href={docs} dir="ltr">
              {chunks}
            </a>
          ),
          openapiLink: (chunks) => (
            <a href={openapi} dir="ltr">
              {chunks}
            </a>
          ),
        })}
      </p>
      <p className="muted">{t.rich("api.local", { command: "pnpm start", code })}</p>
    </>
  );
}
