import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolvePath, serve } from "../scripts/serve.mjs";

describe("static server", () => {
  const root = mkdtempSync(join(tmpdir(), "web-serve-"));
  mkdirSync(join(root, "therapies", "nurown"), { recursive: true });
  mkdirSync(join(root, "data"), { recursive: true });
  writeFileSync(join(root, "index.html"), "<h1>home</h1>");
  writeFileSync(join(root, "404.html"), "<h1>missing</h1>");
  writeFileSync(join(root, "therapies", "nurown", "index.html"), "<h1>NurOwn</h1>");
  writeFileSync(join(root, "data", "dataset.json"), "{}");
  writeFileSync(join(root, "data", "t.csv"), "a,b\n");
  writeFileSync(join(tmpdir(), "secret-outside.txt"), "secret");

  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve({ root, port: 0 });
  });
  afterAll(() => server.close());

  it("resolves directories to index.html and refuses traversal", () => {
    expect(resolvePath(root, "/therapies/nurown/")).toEqual({ file: join(root, "therapies", "nurown", "index.html") });
    expect(resolvePath(root, "/therapies/nurown")).toEqual({ redirect: "/therapies/nurown/" });
    expect(resolvePath(root, "/../secret-outside.txt")).toBeNull();
    expect(resolvePath(root, "/%2e%2e/secret-outside.txt")).toBeNull();
    expect(resolvePath(root, "/%E0%A4%A")).toBeNull();
  });

  it("serves files with the right content types", async () => {
    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const json = await fetch(`${server.url}/data/dataset.json`);
    expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const csv = await fetch(`${server.url}/data/t.csv`);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  });

  it("redirects to the trailing slash and answers misses with 404.html", async () => {
    const r = await fetch(`${server.url}/therapies/nurown?x=1`, { redirect: "manual" });
    expect(r.status).toBe(308);
    expect(r.headers.get("location")).toBe("/therapies/nurown/?x=1");
    const miss = await fetch(`${server.url}/nope/`);
    expect(miss.status).toBe(404);
    expect(await miss.text()).toContain("missing");
    const escaped = await fetch(`${server.url}/..%2f..%2fsecret-outside.txt`);
    expect(escaped.status).toBe(404);
    expect(await escaped.text()).not.toContain("secret");
  });
});
