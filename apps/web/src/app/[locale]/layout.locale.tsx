import { DEFAULT_LOCALE } from "@cell-atlas/content/i18n";
import type { Metadata, Viewport } from "next";
import { Shell } from "@/components/Shell";
import { builtLocales } from "@/i18n/locales";
import { type LocaleParams, pageLocale } from "@/i18n/server";
import { layoutMetadata, VIEWPORT } from "@/lib/site";

export const dynamicParams = false;
export const viewport: Viewport = VIEWPORT;

/** Every language but English, which lives at `/`. */
export function generateStaticParams() {
  return builtLocales()
    .filter((locale) => locale !== DEFAULT_LOCALE)
    .map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  return layoutMetadata(await pageLocale(params));
}

export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: LocaleParams }) {
  const locale = await pageLocale(params);
  return <Shell locale={locale}>{children}</Shell>;
}
