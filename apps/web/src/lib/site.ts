import type { CollectionName } from "@cell-atlas/content";
import type { Metadata } from "next";

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

/** Title, description and Open Graph tags for one page, and the Atom feeds it announces. */
export function pageMetadata({
  title,
  description,
  path,
  feeds = [],
}: {
  title: string;
  description: string;
  path: string;
  feeds?: readonly FeedLink[];
}): Metadata {
  return {
    title,
    description,
    alternates: {
      canonical: path,
      ...(feeds.length > 0 ? { types: { "application/atom+xml": feeds.map((f) => ({ ...f })) } } : {}),
    },
    openGraph: { title, description, url: path, siteName: SITE_NAME, type: "website", locale: "en" },
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
