import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { getRequestListener } from "@hono/node-server";
import type { Context } from "hono";
import { type Api, type AppOptions, createApp } from "./app.ts";
import type { ServerConfig } from "./config.ts";
import { etagMatches } from "./http/etag.ts";
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

/** One request header, read from rawHeaders: cheaper than making Node build req.headers. */
function rawHeader(req: IncomingMessage, lowerName: string): string | undefined {
  const raw = req.rawHeaders;
  let value: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] as string;
    if (name.length === lowerName.length && name.toLowerCase() === lowerName) {
      value = value === undefined ? raw[i + 1] : `${value}, ${raw[i + 1]}`;
    }
  }
  return value;
}

/**
 * Node's request listener: a response the app already produced for this exact request target is
 * written straight from the shared cache, skipping the Request/Response round trip; everything else
 * goes through Hono, which fills the cache. Both paths apply the same rate limit and ETag rules.
 */
export function createNodeListener(api: Api, trustProxy: boolean) {
  const viaHono = getRequestListener(api.fetch);
  return (req: IncomingMessage, res: ServerResponse): void => {
    const method = req.method;
    if ((method === "GET" || method === "HEAD") && req.url) {
      const entry = api.cache.get(api.cache.key(req.url, rawHeader(req, "accept")));
      if (entry && (!api.limiter || api.limiter.take(clientAddress(req, trustProxy)).allowed)) {
        if (entry.status === 200 && etagMatches(rawHeader(req, "if-none-match"), entry.etag)) {
          const { "content-type": _type, "content-length": _length, ...headers } = entry.headers;
          res.writeHead(304, headers).end();
        } else {
          res.writeHead(entry.status, entry.headers);
          res.end(method === "HEAD" ? undefined : entry.body);
        }
        return;
      }
    }
    void viaHono(req, res);
  };
}

export interface RunningServer {
  server: Server;
  api: Api;
  url: string;
  /** Stops accepting connections, lets requests in flight finish, then resolves. */
  close(timeoutMs?: number): Promise<void>;
}

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
  const server = createServer({ keepAliveTimeout: 5000 }, createNodeListener(api, trustProxy));
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
