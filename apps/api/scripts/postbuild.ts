// After tsdown: put what dist/worker.mjs needs beside it, so `workerd serve dist/workerd.capnp` runs.
import { copyFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { workerdConfig } from "./workerd-config.ts";

export function writeWorkerdFiles(outDir: string, address = "127.0.0.1:8787", rateLimit = 600): void {
  const scalar = join(
    dirname(createRequire(import.meta.url).resolve("@scalar/api-reference")),
    "browser",
    "standalone.js",
  );
  copyFileSync(scalar, join(outDir, "scalar-standalone.js.txt"));
  writeFileSync(join(outDir, "workerd.capnp"), workerdConfig({ address, rateLimit }));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"))) {
  writeWorkerdFiles(new URL("../dist", import.meta.url).pathname);
}
