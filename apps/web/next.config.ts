import { availableParallelism } from "node:os";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

/**
 * The other languages' pages are `page.locale.tsx` files under `src/app/[locale]/`. A build of English alone
 * (`ATLAS_LOCALES=en`, e.g. the scale bench) leaves that extension out, so the [locale] tree has
 * no pages at all: static export refuses a dynamic segment with no params.
 */
const wanted = (process.env.ATLAS_LOCALES ?? "")
  .split(",")
  .map((l) => l.trim())
  .filter(Boolean);
const englishOnly = wanted.length > 0 && wanted.every((l) => l === "en");

const config: NextConfig = {
  pageExtensions: englishOnly ? ["tsx", "ts"] : ["locale.tsx", "tsx", "ts"],
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  transpilePackages: ["@cell-atlas/content"],
  poweredByHeader: false,
  reactStrictMode: true,
  // Every page is rendered at build time, six times over (once per language). Rendering a page
  // waits on file writes as much as on the CPU, so both cores get a worker (the default leaves one
  // idle on a 2-core machine) and each keeps 32 pages in flight instead of 8: measured, the build
  // of all languages went from 240 s to 110 s. globalNotFound: English lives in the (en) route
  // group and the other languages under [locale], two root layouts, so the one 404 page renders
  // its own document.
  experimental: {
    globalNotFound: true,
    cpus: Math.max(2, availableParallelism() - 1),
    staticGenerationMaxConcurrency: 32,
  },
};

export default createNextIntlPlugin("./src/i18n/request.ts")(config);
