import type { CollectionName } from "@cell-atlas/content";
import { LOCALES, type Locale } from "@cell-atlas/content/i18n";
import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import { builtLocales, localePath } from "@/i18n/locales";

export const SITE_NAME = "Cell Therapy Atlas";
export const SITE_URL = (process.env.NEXT_PUBLIC_SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");
export const API_URL = (process.env.NEXT_PUBLIC_API_URL ?? "http://localhost:8787").replace(/\/$/, "");
/**
 * The public repository the data lives in: "Edit this record" and "Report a problem" point into it.
 * Unset, record pages name the record's file and link to /contribute/ instead: a guessed address
 * would be a dead link.
 */
export const REPOSITORY_URL: string | undefined =
  process.env.NEXT_PUBLIC_REPOSITORY_URL?.replace(/\/$/, "") || undefined;

/** A feed a page announces in its head (`<link rel="alternate" type="application/atom+xml">`). */
export interface FeedLink {
  url: string;
  title: string;
}

export const VIEWPORT: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#14171c" },
  ],
};

/** The title template and default description every page of a locale inherits. */
export async function layoutMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Layout" });
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("siteDescription"),
    applicationName: t("siteName"),
  };
}

/**
 * The same page in every built language, for `<link rel="alternate" hreflang>` and the sitemap;
 * `x-default` is the English page at `/`.
 */
export function languageAlternates(path: string): Record<string, string> {
  const built = new Set(builtLocales());
  const entries = LOCALES.filter((l) => built.has(l)).map((l) => [l, localePath(l, path)] as const);
  return Object.fromEntries([...entries, ["x-default", path]]);
}

/** Title, description and Open Graph tags for one page, its language alternates, and the Atom feeds it announces. */
export function pageMetadata({
  locale,
  title,
  description,
  path,
  feeds = [],
}: {
  locale: Locale;
  title: string;
  description: string;
  /** The page's path in English, e.g. `/therapies/`. */
  path: string;
  feeds?: readonly FeedLink[];
}): Metadata {
  const url = localePath(locale, path);
  return {
    title,
    description,
    alternates: {
      canonical: url,
      languages: languageAlternates(path),
      ...(feeds.length > 0 ? { types: { "application/atom+xml": feeds.map((f) => ({ ...f })) } } : {}),
    },
    openGraph: { title, description, url, siteName: SITE_NAME, type: "website", locale },
    twitter: { card: "summary", title, description },
  };
}

/** First sentence (or so) of a Markdown summary, as plain text for a meta description. */
export function describe(markdown: string, max = 200): string {
  const text = markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

/** The record's YAML file, from the repository root. */
export const dataFile = (collection: CollectionName, id: string) =>
  `packages/content/data/${collection}/${encodeURIComponent(id)}.yaml`;

/** The record's YAML file, opened in the repository's web editor. */
export function editUrl(collection: CollectionName, id: string, repository: string): string {
  return `${repository}/edit/main/${dataFile(collection, id)}`;
}

/**
 * A new issue from the correction template, with the record and its page filled in. An issue
 * form fills a field from the query parameter named like the field's id (`record`, `page`).
 */
export function reportUrl(
  collection: CollectionName,
  id: string,
  { name, page, repository }: { name: string; page: string; repository: string },
): string {
  const query = {
    template: "correction.yml",
    title: `Correction: ${name} (${collection}/${id})`,
    record: `${collection}/${id}`,
    page,
  };
  const pairs = Object.entries(query).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  return `${repository}/issues/new?${pairs.join("&")}`;
}
