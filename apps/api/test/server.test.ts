import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/server.ts";
import { get } from "./helpers.ts";

// Hop-by-hop and per-connection headers Node adds to every response, whichever path wrote it.
const PER_CONNECTION = new Set(["date", "connection", "keep-alive", "transfer-encoding"]);
const headersOf = (res: Response) => Object.fromEntries([...res.headers].filter(([name]) => !PER_CONNECTION.has(name)));

const URLS = [
  "/v1/therapies?area=neurological",
  "/v1/therapies?limit=1&format=csv",
  "/v1/organizations",
  "/v1/countries?oicMember=true",
  "/v1/trials",
  "/v1/events?from=2000",
  "/v1/search?q=als",
  "/v1/stats",
  "/v1/dataset",
  "/v1/therapies?area=cancr",
  "/v1/therapies/no-such-thing",
  "/openapi.json",
];

describe("a real listening server", () => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await startServer({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => running.close());

  it.each(URLS)("%s: over HTTP, first (app) and repeat (cache fast path) answers equal app.request()", async (url) => {
    const inProcess = await get(url);
    const first = await fetch(`${running.url}${url}`);
    const firstText = await first.text();
    const second = await fetch(`${running.url}${url}`);
    const secondText = await second.text();
    expect(first.status).toBe(inProcess.status);
    expect(firstText).toBe(inProcess.text);
    expect(second.status).toBe(first.status);
    expect(secondText).toBe(firstText);
    expect(headersOf(second)).toEqual(headersOf(first));
    expect(first.headers.get("etag")).toBe(inProcess.res.headers.get("etag"));
  });

  it("answers 304 and HEAD over HTTP", async () => {
    const url = `${running.url}/v1/therapies`;
    const etag = (await fetch(url)).headers.get("etag")!;
    const notModified = await fetch(url, { headers: { "if-none-match": etag } });
    expect(notModified.status).toBe(304);
    const head = await fetch(url, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(etag);
    expect(await head.text()).toBe("");
  });

  it("never answers 5xx to a malformed request target", async () => {
    for (const path of [
      "/v1/therapies?%",
      "/v1/therapies?q=%E0%A4%A",
      "/v1/%zz",
      "//v1//therapies",
      "/v1/therapies?a=1&&&=",
    ]) {
      const res = await fetch(`${running.url}${path}`);
      expect(res.status, path).toBeLessThan(500);
    }
  });
});

describe("rate limit on the real server", () => {
  it("also applies to answers served from the cache", async () => {
    const running = await startServer({ port: 0, host: "127.0.0.1", rateLimit: { limit: 2, windowSeconds: 60 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${running.url}/v1/stats`)).status);
      expect(statuses).toEqual([200, 200, 429]);
      const limited = await fetch(`${running.url}/v1/stats`);
      expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    } finally {
      await running.close();
    }
  });
});

describe("client address for the rate limit", () => {
  const statuses = async (url: string, forwardedFor: string[]) => {
    const out: number[] = [];
    for (const ip of forwardedFor)
      out.push((await fetch(`${url}/v1/stats`, { headers: { "x-forwarded-for": ip } })).status);
    return out;
  };

  it("ignores X-Forwarded-For unless TRUST_PROXY, so it cannot be spoofed to dodge the limit", async () => {
    const running = await startServer({ port: 0, host: "127.0.0.1", rateLimit: { limit: 1, windowSeconds: 60 } });
    try {
      expect(await statuses(running.url, ["192.0.2.1", "192.0.2.2"])).toEqual([200, 429]);
    } finally {
      await running.close();
    }
  });

  it("counts each forwarded client separately behind a trusted proxy", async () => {
    const running = await startServer({
      port: 0,
      host: "127.0.0.1",
      trustProxy: true,
      rateLimit: { limit: 1, windowSeconds: 60 },
    });
    try {
      expect(await statuses(running.url, ["192.0.2.1", "192.0.2.2", "192.0.2.1, 10.0.0.1"])).toEqual([200, 200, 429]);
    } finally {
      await running.close();
    }
  });
});

describe("the entry point", () => {
  const apiDir = fileURLToPath(new URL("..", import.meta.url));
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
  });

  it("reads PORT and HOST, serves, and exits 0 on SIGTERM", async () => {
    child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: apiDir,
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start-up line:\n${output}`)), 15_000);
      child?.stdout?.on("data", () => {
        const m = output.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect((await fetch(`${url}/v1/stats`)).status).toBe(200);
    expect(output).toMatch(/precomputed \d+ responses/);
    const exited = new Promise<number | null>((resolve) => child?.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toContain("SIGTERM");
  }, 20_000);

  it("refuses a bad PORT with exit code 2 and says why", async () => {
    const bad = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: apiDir,
      env: { ...process.env, PORT: "eighty" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    bad.stderr?.on("data", (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => bad.once("exit", resolve));
    expect(code).toBe(2);
    expect(stderr).toContain("PORT=eighty");
  }, 20_000);
});
