import { defineConfig, type UserConfig } from "tsdown";

/** Node: dist/server.mjs, workspace code bundled, npm dependencies resolved from node_modules. */
export const nodeBuild: UserConfig = {
  entry: { server: "src/main.ts" },
  format: "esm",
  platform: "node",
  target: "node20",
  outDir: "dist",
  clean: false,
  fixedExtension: true,
  deps: { alwaysBundle: [/^@cell-atlas\//] },
};

/**
 * workerd: dist/worker.mjs, one self-contained module (workerd has no node_modules). The Scalar
 * bundle stays out of it; the capnp config supplies it as a text module.
 */
export const workerBuild: UserConfig = {
  entry: { worker: "src/worker.ts" },
  format: "esm",
  platform: "browser",
  target: "es2022",
  outDir: "dist",
  clean: false,
  fixedExtension: true,
  deps: { alwaysBundle: [/.*/], neverBundle: [/\.txt$/] },
};

export default defineConfig([nodeBuild, workerBuild]);
