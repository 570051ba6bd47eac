import { ConfigError, configFromEnv } from "./config.ts";
import { readDocsScript, startServer } from "./server.ts";
import { warmCache, warmSearch } from "./warm.ts";

// Entry point of `pnpm start` (dist/server.mjs) and `pnpm dev`.
try {
  const config = configFromEnv(process.env);
  const docsScript = readDocsScript();
  const running = await startServer(config, { docsScript });
  const started = performance.now();
  const warmed = config.cacheEntries > 0 ? await warmCache(running.api) : 0;
  warmSearch(running.api);
  const limit = config.rateLimit
    ? `${config.rateLimit.limit} req/${config.rateLimit.windowSeconds}s per client`
    : "off";
  console.log(`Cell Therapy Atlas API listening on ${running.url} (docs ${running.url}/docs, rate limit ${limit})`);
  if (warmed > 0) console.log(`precomputed ${warmed} responses in ${Math.round(performance.now() - started)} ms`);
  if (!docsScript) console.warn("@scalar/api-reference not found: /docs will not load its UI; /openapi.json works.");

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in flight, then exiting`);
    void running.close().then(() => process.exit(0));
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
