import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

export const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "out");

export function assertBuilt(): void {
  if (!existsSync(join(OUT, "index.html")))
    throw new Error(`${OUT}/index.html is missing. Build the site first: pnpm --filter @cell-atlas/web build`);
}

/** Serves out/ on a free port. */
export function serveOut() {
  assertBuilt();
  return serve({ root: OUT, port: 0 });
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
