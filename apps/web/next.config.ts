import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const config: NextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  transpilePackages: ["@cell-atlas/content"],
  poweredByHeader: false,
  reactStrictMode: true,
  // English lives in the (en) route group and the other languages under [locale]: two root
  // layouts, so the one 404 page renders its own document.
  experimental: { globalNotFound: true },
};

export default createNextIntlPlugin("./src/i18n/request.ts")(config);
