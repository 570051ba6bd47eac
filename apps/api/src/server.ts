import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { getRequestListener } from "@hono/node-server";
import type { Context } from "hono";
import { type Api, type AppOptions, createApp } from "./app.ts";
import type { ServerConfig } from "./config.ts";
import { ResponseCache } from "./http/response-cache.ts";

/** Scalar's standalone bundle from node_modules, read once at start-up (never per request). */
export function readDocsScript(): Uint8Array | undefined {
  try {
    const entry = createRequire(import.meta.url).resolve("@scalar/api-reference");
    return readFileSync(join(dirname(entry), "browser", "standalone.js"));
  } catch {
    return undefined;
  }
}

function clientAddress(incoming: IncomingMessage | undefined, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = incoming?.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) return first;
  }
  return incoming?.socket?.remoteAddress ?? "unknown";
}

export interface RunningServer {
  server: Server;
  api: Api;
  url: string;
  /** Stops accepting connections, lets requests in flight finish, then resolves. */
  close(timeoutMs?: number): Promise<void>;
}

/** The app on Node's HTTP server: every request goes through Hono, the one request path. */
export async function startServer(
  config: Pick<ServerConfig, "port" | "host"> & Partial<ServerConfig>,
  appOptions: AppOptions = {},
): Promise<RunningServer> {
  const trustProxy = config.trustProxy ?? false;
  const api = createApp({
    rateLimit: config.rateLimit ?? false,
    cache: new ResponseCache(config.cacheEntries ?? 5000),
    clientKey: (c: Context) =>
      clientAddress((c.env as { incoming?: IncomingMessage } | undefined)?.incoming, trustProxy),
    ...appOptions,
  });
  const server = createServer({ keepAliveTimeout: 5000 }, getRequestListener(api.fetch));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  return {
    server,
    api,
    url: `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`,
    close: (timeoutMs = 10_000) =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), timeoutMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
