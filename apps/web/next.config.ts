import type { NextConfig } from "next";

const config: NextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  transpilePackages: ["@cell-atlas/content"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
