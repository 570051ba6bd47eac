// `cell-atlas search` as a child process, over records with local names (issue 15): a copy of
// the built CLI whose data files hold the real dataset with names added, and its search index.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSearchIndex, createAtlas, type Dataset, getDataset } from "@cell-atlas/content";
import { afterAll, describe, expect, it } from "vitest";
import { cliDir, json, type RunResult } from "./helpers.ts";

const src = { url: "https://example.com/a", title: "t", publisher: "p", accessed: "2026-11-30", kind: "news" };

function named(): Dataset {
  const d = structuredClone(getDataset());
  const give = (list: { id: string }[], id: string, names: Record<string, string>) => {
    const r = list.find((x) => x.id === id);
    if (!r) throw new Error(`${id} is not in the data`);
    Object.assign(r, {
      names: Object.fromEntries(Object.entries(names).map(([k, name]) => [k, { name, sources: [src] }])),
    });
  };
  give(d.organizations, "royan-institute", { fa: "پژوهشگاه رویان" });
  give(d.organizations, "kfshrc", { ar: "مستشفى الملك فيصل التخصصي" });
  give(d.countries, "tr", { tr: "Türkiye Cumhuriyeti" });
  give(d.countries, "ir", { fa: "جمهوری\u200cاسلامی ایران" });
  return d;
}

const dir = mkdtempSync(path.join(tmpdir(), "cell-atlas-cli-names-"));
cpSync(path.join(cliDir, "dist"), dir, { recursive: true });
const data = named();
for (const c of ["organizations", "countries"] as const)
  writeFileSync(path.join(dir, "data", `${c}.json`), JSON.stringify(data[c]));
writeFileSync(path.join(dir, "search-index.json"), JSON.stringify(buildSearchIndex(data)));
const cli = path.join(dir, "cli.mjs");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the copied CLI (helpers' `run` starts the one built in apps/cli). */
function runCopy(args: string[]) {
  return new Promise<RunResult>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

type Hits = { data: { collection: string; id: string }[] };
const keys = (body: Hits) => body.data.map((h) => `${h.collection}/${h.id}`);

describe("cell-atlas search in other scripts", () => {
  it.each([
    ["پژوهشگاه رويان", "organizations/royan-institute"],
    ["مستشفي الملک", "organizations/kfshrc"],
    ["مُسْتَشْفَى", "organizations/kfshrc"],
    ["جمهوری اسلامی", "countries/ir"],
    ["جمهوریاسلامی", "countries/ir"],
    ["TÜRKİYE CUMHURİYETİ", "countries/tr"],
    ["turkiye cumhuriyeti", "countries/tr"],
  ])("%s finds %s, as the query module does", async (q, key) => {
    const copied = await runCopy(["search", q, "--json"]);
    expect(copied.code, copied.stderr).toBe(0);
    const body = json<Hits>(copied);
    expect(keys(body)).toContain(key);
    expect(body.data).toEqual(JSON.parse(JSON.stringify(createAtlas(data).search({ q }))));
  });

  it("İstanbul, ISTANBUL, istanbul and ıstanbul give the same hits", async () => {
    const all = await Promise.all(
      ["İstanbul", "ISTANBUL", "istanbul", "ıstanbul"].map((q) => runCopy(["search", q, "--json"])),
    );
    const first = json<Hits>(all[0]!);
    expect(first.data.length).toBeGreaterThan(0);
    for (const r of all) expect(json<Hits>(r).data).toEqual(first.data);
  });
});

describe("bad search input: a clear message and exit code 2, never a crash", () => {
  it.each([
    ["", "must not be empty"],
    ["?!… —", "must contain a letter or a digit"],
    ["x".repeat(10_000), "at most 200 characters"],
  ])("%j", async (q, message) => {
    const r = await runCopy(["search", q]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/at .*\.mjs:\d+/); // no stack trace
  });
});
