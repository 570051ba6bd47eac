// A small static server for out/: correct content types, /dir/ → /dir/index.html, 404.html for
// misses, no path traversal. Used by `pnpm start` and by the browser tests.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".md": "text/markdown; charset=utf-8",
  ".woff2": "font/woff2",
};

const isFile = (p) => existsSync(p) && statSync(p).isFile();

/** Maps a URL path to a file under root, or a redirect, or null (not found). */
export function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const full = resolve(root, `.${normalize(`/${decoded}`)}`);
  if (full !== root && !full.startsWith(root + sep)) return null;
  if (isFile(full)) return { file: full };
  if (existsSync(full) && statSync(full).isDirectory()) {
    if (!urlPath.endsWith("/")) return { redirect: `${urlPath}/` };
    const index = join(full, "index.html");
    return isFile(index) ? { file: index } : null;
  }
  if (isFile(`${full}.html`)) return { file: `${full}.html` };
  return null;
}

export function createStaticServer(rootDir) {
  const root = resolve(rootDir);
  return createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    const found = resolvePath(root, url.pathname);
    if (found?.redirect) {
      res.writeHead(308, { Location: found.redirect + url.search }).end();
      return;
    }
    const file = found?.file ?? join(root, "404.html");
    const status = found ? 200 : 404;
    if (!isFile(file)) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    const headers = {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Length": statSync(file).size,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": file.includes(`${sep}_next${sep}static${sep}`)
        ? "public, max-age=31536000, immutable"
        : "no-cache",
    };
    res.writeHead(status, headers);
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
}

/** Starts the server; port 0 picks a free port. */
export function serve({ root, port = 0, host = "127.0.0.1" }) {
  const server = createStaticServer(root);
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      ok({ server, url: `http://${host}:${actual}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..", "out");
  if (!existsSync(join(root, "index.html"))) {
    console.error(`serve: ${root} has no index.html. Build first: pnpm --filter @cell-atlas/web build`);
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? "127.0.0.1";
  const { server, url } = await serve({ root, port, host });
  console.log(`web: serving ${root} at ${url}`);
  // Stop quietly on Ctrl-C or SIGTERM: finish what is in flight, then exit 0.
  for (const signal of ["SIGINT", "SIGTERM"])
    process.on(signal, () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
    });
}
