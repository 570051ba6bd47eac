import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Change, type CollectionName, createChangeLog, getChangeLog, getDataset } from "@cell-atlas/content";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { History, RecordActions } from "@/components/Changes";
import { ReleaseList } from "@/components/ReleaseList";
import { releasesWithChanges } from "@/lib/changes";
import { atlas } from "@/lib/data";
import { editUrl, REPOSITORY_URL, reportUrl } from "@/lib/site";
import { assertBuilt, OUT } from "./helpers/browser";
import { withIntl } from "./helpers/intl";
import { changesOf, committedReleases, syntheticRelease } from "./helpers/releases";

const RECORD_COLLECTIONS = ["therapies", "organizations", "countries", "trials"] as const;
const TYPES = ["added", "changed", "renamed", "removed"] as const;

/** A page's HTML without the empty comments React puts between adjacent text nodes. */
const read = (path: string) => readFileSync(join(OUT, path, "index.html"), "utf8").replace(/<!-- -->/g, "");
const decodeEntities = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
/** The section (with the sections inside it) that holds the first occurrence of `marker`. */
function sectionFrom(html: string, marker: string): string {
  const at = html.indexOf(marker);
  expect(at, marker).toBeGreaterThan(-1);
  const rest = html.slice(html.lastIndexOf("<section", at));
  let depth = 0;
  const re = /<section\b|<\/section>/g;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    depth += m[0] === "</section>" ? -1 : 1;
    if (depth === 0) return rest.slice(0, m.index);
  }
  return rest;
}
/** Text without tags, as a reader gets it. */
const textOf = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, ""));
const historyItems = (html: string) =>
  [...sectionFrom(html, 'aria-labelledby="history"').matchAll(/<li data-release="([^"]+)" data-change="([^"]+)"/g)].map(
    (m) => `${m[1]} ${m[2]}`,
  );

describe("the contributor loop's links", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("edits the record's YAML file and opens a prefilled correction issue, values URL-encoded", () => {
    expect(editUrl("therapies", "nurown", "https://example.org/a/b")).toBe(
      "https://example.org/a/b/edit/main/packages/content/data/therapies/nurown.yaml",
    );
    const href = reportUrl("trials", "nct1", {
      name: `A & B "trial" #1 + more`,
      page: "https://atlas.example/trials/nct1/?x=1&y=2",
      repository: "https://example.org/a/b",
    });
    expect(href.startsWith("https://example.org/a/b/issues/new?template=correction.yml&title=")).toBe(true);
    expect(href).not.toMatch(/\s/);
    const url = new URL(href);
    expect([...url.searchParams.keys()]).toEqual(["template", "title", "record", "page"]);
    expect(url.searchParams.get("title")).toBe(`Correction: A & B "trial" #1 + more (trials/nct1)`);
    expect(url.searchParams.get("record")).toBe("trials/nct1");
    expect(url.searchParams.get("page")).toBe("https://atlas.example/trials/nct1/?x=1&y=2");
  });

  it("reads the repository from NEXT_PUBLIC_REPOSITORY_URL, and has none when it is unset or empty", async () => {
    vi.stubEnv("NEXT_PUBLIC_REPOSITORY_URL", "https://git.example.org/fork/atlas/");
    vi.resetModules();
    expect((await import("@/lib/site")).REPOSITORY_URL).toBe("https://git.example.org/fork/atlas");
    for (const unset of [undefined, ""]) {
      vi.stubEnv("NEXT_PUBLIC_REPOSITORY_URL", unset);
      vi.resetModules();
      expect((await import("@/lib/site")).REPOSITORY_URL).toBeUndefined();
    }
  });

  it("prefills only fields the correction form has, and the form's required fields exist", () => {
    const form = parse(
      readFileSync(join(import.meta.dirname, "../../../.github/ISSUE_TEMPLATE/correction.yml"), "utf8"),
    ) as {
      name: string;
      description: string;
      body: { type: string; id?: string; attributes: { label?: string } }[];
    };
    expect(form.name).toBeTruthy();
    expect(form.description).toBeTruthy();
    const ids = form.body.filter((e) => e.type !== "markdown").map((e) => e.id);
    expect(new Set(ids).size, "ids are unique").toBe(ids.length);
    for (const e of form.body.filter((x) => x.type !== "markdown")) expect(e.attributes.label, e.id).toBeTruthy();
    const url = new URL(
      reportUrl("therapies", "nurown", {
        name: "NurOwn",
        page: "https://a.example/",
        repository: "https://r.example/o/r",
      }),
    );
    expect(url.searchParams.get("template")).toBe("correction.yml");
    for (const key of url.searchParams.keys())
      if (key !== "template" && key !== "title") expect(ids, `the form has a field "${key}"`).toContain(key);
  });

  it("renders links with a repository, and the file and the contributing guide without one", () => {
    const withRepo = renderToStaticMarkup(
      withIntl(
        createElement(RecordActions, {
          collection: "trials",
          id: "nct1",
          name: "T",
          repository: "https://r.example/o/r",
        }),
      ),
    );
    expect(withRepo).toContain('href="https://r.example/o/r/edit/main/packages/content/data/trials/nct1.yaml"');
    expect(withRepo).toMatch(
      /href="https:\/\/r\.example\/o\/r\/issues\/new\?template=correction\.yml&amp;[^"]*record=trials%2Fnct1/,
    );
    const without = renderToStaticMarkup(
      withIntl(createElement(RecordActions, { collection: "trials", id: "nct1", name: "T", repository: undefined })),
    );
    expect(without).not.toContain('<a href="http');
    expect(without).toContain('<code dir="ltr">packages/content/data/trials/nct1.yaml</code>');
    // Outside the Next.js router a Link has no trailing slash; the built pages (below) have it.
    expect(without).toMatch(/href="\/contribute\/?"/);
  });
});

describe("changes rendered from a change log with a release after the first", () => {
  const releases = committedReleases();
  const synthetic = syntheticRelease(getDataset(), getChangeLog().releases()[0]?.version);
  const log = createChangeLog([...releases, synthetic]);
  const html = decodeEntities(
    renderToStaticMarkup(withIntl(createElement(ReleaseList, { releases: releasesWithChanges(log) }))).replace(
      /<!-- -->/g,
      "",
    ),
  );
  const section = sectionFrom(html, `data-release="${synthetic.version}"`);
  const by = (type: Change["type"], collection: CollectionName) =>
    synthetic.changes.find((c) => c.type === type && c.collection === collection)!;

  it("lists the releases newest first, with a list of them", () => {
    const order = [...html.matchAll(/<section[^>]*data-release="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(log.releases().map((r) => r.version));
    expect(order[0]).toBe(synthetic.version);
    expect(html).toContain('aria-label="Releases"');
  });

  it("groups new trials, approvals, regulation events, stage and status changes, renames, removals and corrections", () => {
    const trial = by("added", "trials");
    const therapy = by("changed", "therapies");
    const regulator = atlas().nameOf("organizations", (therapy.fields![1]!.new as { regulator: string }).regulator);
    const groups = [...section.matchAll(/<h3 id="([^"]+)">([^<]+)<\/h3>/g)].map((m) => m[2]);
    expect(groups).toEqual([
      "New trials (1)",
      "New approvals (1)",
      "New approval and regulation events (1)",
      "Stage and status changes (2)",
      "Other new records (1)",
      "Renamed (1)",
      "Removed (1)",
      "Corrections and updates (3)",
    ]);
    expect(sectionFrom(section, "-new-trials")).toMatch(new RegExp(`href="/trials/${trial.id}/?">`));
    expect(sectionFrom(section, "-new-approvals")).toContain(`approval by ${regulator}`);
    expect(sectionFrom(section, "-stage-status")).toMatch(/› stage: <span class="field-old">Phase 1<\/span>/);
    expect(sectionFrom(section, "-stage-status")).toMatch(/Status: <span class="field-old">Recruiting<\/span>/);
    expect(textOf(sectionFrom(section, "-renamed"))).toContain(`id ${by("renamed", "organizations").formerId} → `);
    // A removed record has no page to link.
    const removed = sectionFrom(section, "-removed");
    expect(removed).toContain("Withdrawn programme");
    expect(removed).not.toContain("href=");
    const corrections = textOf(sectionFrom(section, "-corrections"));
    expect(corrections).toContain("Last reviewed: 30 November 2026 →changed to 14 January 2099");
    expect(corrections).toContain("Source on example.org added: A new source (Example, News)");
    expect(corrections).toContain("changed to");
  });

  it("counts each kind of change per collection", () => {
    const cell = (c: string, t: string) =>
      Number(new RegExp(`data-collection="${c}" data-count="${t}">(\\d+)<`).exec(section)?.[1]);
    for (const c of ["therapies", "organizations", "countries", "trials", "events"] as const)
      for (const t of TYPES)
        expect(cell(c, t), `${c} ${t}`).toBe(
          synthetic.changes.filter((x) => x.collection === c && x.type === t).length,
        );
  });

  it("shows a record's history newest first, with what changed", () => {
    const therapy = by("changed", "therapies");
    const out = renderToStaticMarkup(
      withIntl(createElement(History, { collection: "therapies", id: therapy.id, log })),
    ).replace(/<!-- -->/g, "");
    expect(historyItems(out)).toEqual(log.history("therapies", therapy.id).map((h) => `${h.release} ${h.type}`));
    expect(historyItems(out)[0]).toBe(`${synthetic.version} changed`);
    expect(out).toContain("updated in release");
    expect(textOf(out)).toContain("› stage: Phase 1 →changed to Phase 2");
  });
});

describe("/changes/ and record histories in the build", () => {
  assertBuilt();
  const log = getChangeLog();
  const releases = log.releases();
  const changes = changesOf(log);
  const first = releases.at(-1);

  it("lists each release, newest first, with its summary and its counts per collection", () => {
    const html = read("changes");
    const order = [...html.matchAll(/<section[^>]*data-release="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(releases.map((r) => r.version));
    expect(releases.length).toBeGreaterThan(0);
    for (const r of releases) {
      const section = sectionFrom(html, `data-release="${r.version}"`);
      const mine = changes.filter((c) => c.release === r.version);
      for (const t of TYPES) {
        const shown = Number(new RegExp(`data-summary="${t}">(\\d+)<`).exec(section)?.[1]);
        expect(shown, `${r.version} ${t}`).toBe(r.summary[t]);
        expect(shown, `${r.version} ${t} from the changes`).toBe(mine.filter((c) => c.type === t).length);
      }
      expect(section).toContain(`<time dateTime="${r.date}">`);
      for (const c of ["therapies", "organizations", "countries", "trials", "events"] as const) {
        const cell = (t: string) =>
          Number(new RegExp(`data-collection="${c}" data-count="${t}">(\\d+)<`).exec(section)?.[1]);
        if (r.previous === null) {
          expect(cell("added"), `${r.version} ${c}`).toBe(mine.filter((x) => x.collection === c).length);
          expect(cell("added"), `${r.version} ${c} records`).toBe(r.counts[c]);
        } else {
          for (const t of TYPES)
            expect(cell(t), `${r.version} ${c} ${t}`).toBe(
              mine.filter((x) => x.collection === c && x.type === t).length,
            );
          expect(cell("records"), `${r.version} ${c} records`).toBe(r.counts[c] ?? 0);
        }
      }
      if (r.previous === null) {
        // The first release is summarised, not listed record by record.
        expect(section).toContain("The first release");
        expect(section).not.toMatch(/href="\/(therapies|organizations|countries|trials)\//);
      }
    }
  });

  it("links the feeds, and is in the navigation and the sitemap", () => {
    const html = read("changes");
    for (const feed of ["changes", "approvals", "trials"]) expect(html).toContain(`href="/feeds/${feed}.xml"`);
    for (const page of ["", "therapies", "countries/ir", "timeline"])
      expect(read(page), page).toMatch(/<nav aria-label="Main">[\s\S]*?<a href="\/changes\/">Changes<\/a>/);
    expect(readFileSync(join(OUT, "sitemap.xml"), "utf8")).toContain("/changes/</loc>");
  });

  it("gives every record page a History that matches getChangeLog().history", () => {
    let pages = 0;
    for (const collection of RECORD_COLLECTIONS)
      for (const id of atlas().ids(collection)) {
        const html = read(join(collection, id));
        const expected = log.history(collection, id);
        expect(historyItems(html), `${collection}/${id}`).toEqual(expected.map((h) => `${h.release} ${h.type}`));
        pages++;
      }
    expect(pages).toBe(RECORD_COLLECTIONS.reduce((n, c) => n + atlas().ids(c).length, 0));
    // The baseline: a record of the first release says it was added in it.
    const nurown = log.history("therapies", "nurown");
    expect(nurown.length).toBeGreaterThan(0);
    if (first && nurown.at(-1)?.release === first.version && nurown.at(-1)?.type === "added")
      expect(read("therapies/nurown")).toContain(`added in release <a href="/changes/#release-${first.version}">`);
  });

  it("puts each event's history on its timeline anchor", () => {
    const html = read("timeline");
    for (const e of getDataset().events) {
      const at = html.indexOf(`data-history="${e.id}"`);
      const line = at < 0 ? "" : html.slice(at, html.indexOf("</p>", at));
      const shown = [...line.matchAll(/data-release="([^"]+)" data-change="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
      expect(shown, e.id).toEqual(log.history("events", e.id).map((h) => `${h.release} ${h.type}`));
    }
  });

  it("ends every record page with the way to correct it: links to the repository, or the file and the guide", () => {
    // The site was built with the environment these tests see (turbo passes NEXT_PUBLIC_* to both).
    const repo = REPOSITORY_URL;
    const trial = getDataset().trials.find((t) => t.id === "nct03280056") ?? getDataset().trials[0]!;
    for (const [collection, id, name] of [
      ["therapies", "nurown", "NurOwn"],
      ["trials", trial.id, trial.title],
    ] as const) {
      const html = readFileSync(join(OUT, collection, id, "index.html"), "utf8");
      if (!repo) {
        expect(html).toContain(`<code dir="ltr">packages/content/data/${collection}/${id}.yaml</code>`);
        expect(html).not.toContain('data-action="edit"');
        continue;
      }
      const edit = /<a href="([^"]+)"[^>]*data-action="edit"[^>]*>Edit this record<\/a>/.exec(html)?.[1];
      expect(edit).toBe(`${repo}/edit/main/packages/content/data/${collection}/${id}.yaml`);
      const report = decodeEntities(
        /<a href="([^"]+)"[^>]*data-action="report"[^>]*>Report a problem<\/a>/.exec(html)![1]!,
      );
      expect(report).not.toMatch(/\s/);
      const url = new URL(report);
      expect(`${url.origin}${url.pathname}`).toBe(`${repo}/issues/new`);
      expect(url.searchParams.get("template")).toBe("correction.yml");
      expect(url.searchParams.get("record")).toBe(`${collection}/${id}`);
      expect(url.searchParams.get("title")).toBe(`Correction: ${name} (${collection}/${id})`);
      expect(new URL(url.searchParams.get("page")!).pathname).toBe(`/${collection}/${id}/`);
    }
    for (const collection of RECORD_COLLECTIONS)
      for (const id of atlas().ids(collection)) {
        const html = readFileSync(join(OUT, collection, id, "index.html"), "utf8");
        if (repo) {
          expect(html, `${collection}/${id}`).toContain(
            `href="${repo}/edit/main/packages/content/data/${collection}/${id}.yaml"`,
          );
          expect(html, `${collection}/${id}`).toContain(">Report a problem</a>");
        } else {
          expect(html, `${collection}/${id}`).toContain(`packages/content/data/${collection}/${id}.yaml</code>`);
          expect(html, `${collection}/${id}`).toContain('href="/contribute/"');
        }
      }
  });
});
