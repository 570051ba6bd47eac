import { readFileSync } from "node:fs";
import { COLLECTIONS, FILTERS } from "@cell-atlas/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/server.ts";

// Every `curl` line in the README, run against a real server. A trailing `# 404: …` comment is
// the status the example promises; without one, the example must succeed.
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const examples = readme
  .split("\n")
  .filter((line) => line.startsWith("curl "))
  .map((line) => {
    const [command = "", comment = ""] = line.split(/\s+#\s+/);
    const url = command.match(/'?(http:\/\/localhost:8787[^'\s]*)'?/)?.[1];
    const headers = Object.fromEntries(
      [...command.matchAll(/-H '([^:]+):\s*([^']*)'/g)].map((m) => [m[1] as string, m[2] as string]),
    );
    const expected = Number(comment.match(/\b([1-5]\d\d)\b/)?.[1] ?? 200);
    return { line, url, headers, expected };
  });

describe("README list parameters", () => {
  it("names exactly the filters each list takes", () => {
    const section = readme.slice(readme.indexOf("### List parameters"), readme.indexOf("## Examples"));
    for (const collection of COLLECTIONS) {
      const row = section.split("\n").find((line) => line.startsWith(`| \`/v1/${collection}\` |`));
      expect(row, collection).toBeDefined();
      const named = [...(row?.split("|")[2] ?? "").matchAll(/`([a-zA-Z]+)`/g)].map((m) => m[1]);
      expect(named, collection).toEqual(Object.keys(FILTERS[collection]));
    }
  });
});

describe("README examples", () => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await startServer({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => running.close());

  it("has examples for every route", () => {
    expect(examples.length).toBeGreaterThan(15);
    for (const route of ["/v1/therapies", "/v1/search", "/v1/stats", "/v1/dataset", "/openapi.json", "/health"]) {
      expect(
        examples.some((e) => e.url?.includes(route)),
        route,
      ).toBe(true);
    }
  });

  it.each(examples.map((e) => [e.line, e] as const))("%s", async (_, example) => {
    expect(example.url, "a localhost:8787 URL").toBeDefined();
    const res = await fetch(example.url!.replace("http://localhost:8787", running.url), {
      headers: example.headers,
      redirect: "manual",
    });
    await res.arrayBuffer();
    expect(res.status).toBe(example.expected);
  });
});
