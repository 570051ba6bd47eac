import type { Metadata, Viewport } from "next";
import { setRequestLocale } from "next-intl/server";
import { Shell } from "@/components/Shell";
import { layoutMetadata, VIEWPORT } from "@/lib/site";

export const viewport: Viewport = VIEWPORT;
export const generateMetadata = (): Promise<Metadata> => layoutMetadata("en");

/** The English site, at `/`. */
export default function EnglishLayout({ children }: { children: React.ReactNode }) {
  setRequestLocale("en");
  return <Shell locale="en">{children}</Shell>;
}
