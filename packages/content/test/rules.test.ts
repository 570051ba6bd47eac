// Each validation rule on its own, in process, on records written inline: what it finds, where,
// and what it lets pass.
import { describe, expect, it } from "vitest";
import type { ParsedFile } from "../src/load/parse-file.ts";
import { approvalsConfirmed } from "../src/load/rules/approvals-confirmed.ts";
import { idMatchesFileName } from "../src/load/rules/id-matches-file-name.ts";
import { RULES } from "../src/load/rules/index.ts";
import { noPlaceholders } from "../src/load/rules/no-placeholders.ts";
import { referencesExist } from "../src/load/rules/references-exist.ts";
import { registryIdsUnique } from "../src/load/rules/registry-ids-unique.ts";
import type { LoadedRecord, Rule } from "../src/load/rules/rule.ts";
import { trialLinksAgree } from "../src/load/rules/trial-links-agree.ts";
import { uniqueIds } from "../src/load/rules/unique-ids.ts";
import type { CollectionName } from "../src/schema/index.ts";
import { syntheticDataset } from "./synthetic.ts";

const d = syntheticDataset();
type AnyData = Record<string, unknown> & { id: string };

/** A loaded record: the data, the collection, and the file it came from. */
const loaded = (collection: CollectionName, data: AnyData, stem = data.id): LoadedRecord =>
  ({ collection, stem, parsed: { file: `data/${collection}/${stem}.yaml` } as ParsedFile, data }) as LoadedRecord;
const all = (): LoadedRecord[] =>
  (["therapies", "organizations", "countries", "trials", "events"] as const).flatMap((c) =>
    (d[c] as unknown as AnyData[]).map((r) => loaded(c, structuredClone(r))),
  );
const knownIds = (records: LoadedRecord[]) => records.map((r) => ({ collection: r.collection, id: r.data.id }));
const run = (rule: Rule, records: LoadedRecord[]) =>
  rule.check(records, { knownIds: knownIds(records) }).map((f) => ({
    file: f.record.parsed.file,
    path: f.path.join("."),
    message: f.message,
    fix: f.fix,
  }));
const record = (records: LoadedRecord[], collection: CollectionName, id: string) => {
  const r = records.find((x) => x.collection === collection && x.data.id === id);
  if (!r) throw new Error(`${collection}/${id} is not in the synthetic data`);
  return r.data as unknown as AnyData & Record<string, never>;
};

describe("the rule list", () => {
  it("runs every rule once, each with a name and a description", () => {
    expect(RULES.map((r) => r.name)).toEqual([
      "id-matches-file-name",
      "unique-ids",
      "references-exist",
      "registry-ids-unique",
      "trial-links-agree",
      "approvals-confirmed",
      "no-placeholders",
    ]);
    for (const rule of RULES) expect(rule.description.length, rule.name).toBeGreaterThan(20);
  });

  it("finds nothing in consistent data", () => {
    const records = all();
    // The synthetic irct2 is listed by its therapy without naming it back (for the links tests).
    record(records, "trials", "irct2").therapy = "royan" as never;
    for (const rule of RULES) expect(run(rule, records), rule.name).toEqual([]);
  });
});

describe("id-matches-file-name", () => {
  it("names the file and both ways to fix it", () => {
    const records = [loaded("organizations", { ...record(all(), "organizations", "acme") }, "acme-cells")];
    expect(run(idMatchesFileName, records)).toEqual([
      {
        file: "data/organizations/acme-cells.yaml",
        path: "id",
        message: 'id "acme" differs from the file name "acme-cells.yaml"',
        fix: "rename the file to acme.yaml or set `id: acme-cells`",
      },
    ]);
  });
});

describe("unique-ids", () => {
  it("reports a second record with the same id, naming the first", () => {
    const records = all();
    records.push(loaded("organizations", { ...record(records, "organizations", "acme") }, "acme-copy"));
    expect(run(uniqueIds, records)).toEqual([
      {
        file: "data/organizations/acme-copy.yaml",
        path: "id",
        message: 'duplicate id "acme": data/organizations/acme.yaml already uses it',
        fix: "choose a different id, or merge the two records",
      },
    ]);
  });

  it("lets two collections share an id, and rejects a former id that another record holds", () => {
    const records = all();
    record(records, "therapies", "acme-nk").formerIds = ["kfshrc-cd19", "acme-old"] as never;
    expect(run(uniqueIds, records)).toEqual([
      {
        file: "data/therapies/acme-nk.yaml",
        path: "formerIds.0",
        message: 'former id "kfshrc-cd19" is the current id of data/therapies/kfshrc-cd19.yaml',
        fix: "a former id must not belong to another record; remove it from formerIds",
      },
    ]);
  });
});

describe("references-exist", () => {
  it("names a dangling reference with the closest id, and only where there is one", () => {
    const records = all();
    record(records, "trials", "nct00000001").sponsor = "kfshr" as never;
    record(records, "events", "2015-royan-trial").therapies = ["royan", "zzz"] as never;
    const found = run(referencesExist, records);
    expect(found).toEqual([
      {
        file: "data/trials/nct00000001.yaml",
        path: "sponsor",
        message: '"kfshr" is not a known organization id',
        fix: 'did you mean "kfshrc"? add data/organizations/kfshr.yaml or fix the id',
      },
      {
        file: "data/events/2015-royan-trial.yaml",
        path: "therapies.1",
        message: '"zzz" is not a known therapy id',
        fix: expect.stringMatching(/^did you mean "[a-z0-9-]+"\? add data\/therapies\/zzz.yaml or fix the id$/),
      },
    ]);
  });

  it("offers no suggestion when the target collection is empty, and counts files that failed their schema", () => {
    const records = [loaded("organizations", { ...record(all(), "organizations", "acme") })];
    expect(run(referencesExist, records)).toEqual([
      {
        file: "data/organizations/acme.yaml",
        path: "country",
        message: '"us" is not a known country id',
        fix: "add data/countries/us.yaml or fix the id",
      },
    ]);
    expect(referencesExist.check(records, { knownIds: [{ collection: "countries", id: "us" }] })).toEqual([]);
  });
});

describe("registry-ids-unique", () => {
  it("rejects a secondary id that is another trial's id, ignoring case and punctuation", () => {
    const records = all();
    record(records, "trials", "irct2").secondaryIds = [{ registry: "clinicaltrials.gov", id: "NCT-00000001" }] as never;
    expect(run(registryIdsUnique, records)).toEqual([
      {
        file: "data/trials/irct2.yaml",
        path: "secondaryIds.0.id",
        message: 'registry id "NCT-00000001" is already the id of trial nct00000001',
        fix: 'one study, one record: keep nct00000001, list "NCT-00000001" under its secondaryIds and remove this one',
      },
    ]);
  });

  it("rejects two trials claiming the same secondary id, and lets a trial repeat its own", () => {
    const records = all();
    record(records, "trials", "pactr1").secondaryIds = [{ registry: "clinicaltrials.gov", id: "NCT00000009" }] as never;
    record(records, "trials", "nct00000002").secondaryIds = [
      { registry: "clinicaltrials.gov", id: "NCT00000002" },
    ] as never;
    expect(run(registryIdsUnique, records).map((f) => `${f.file} ${f.path}`)).toEqual([
      "data/trials/pactr1.yaml secondaryIds.0.id",
    ]);
  });
});

describe("registry-ids-unique, more", () => {
  it("rejects a second trial whose id differs only in punctuation, at its id", () => {
    const records = all();
    records.push(loaded("trials", { ...record(records, "trials", "irct1"), id: "irct-1", secondaryIds: [] }));
    expect(run(registryIdsUnique, records)).toEqual([
      {
        file: "data/trials/irct-1.yaml",
        path: "id",
        message: 'registry id "irct-1" is already the id of trial irct1',
        fix: 'one study, one record: keep irct1, list "irct-1" under its secondaryIds and remove this one',
      },
    ]);
  });

  it("compares with trial ids only: a protocol number spelled like an organization id is fine", () => {
    const records = all();
    record(records, "trials", "irct2").secondaryIds = [{ registry: "other", id: "Royan" }] as never;
    expect(run(registryIdsUnique, records)).toEqual([]);
  });
});

describe("trial-links-agree", () => {
  it("reports each side that does not name the other, with the fix", () => {
    const records = all();
    // irct2 is listed by royan but names no therapy; nct00000002 names acme-nk, which no longer lists it.
    record(records, "therapies", "acme-nk").trials = [] as never;
    // nct00000001 is listed by royan too, but names kfshrc-cd19.
    (record(records, "therapies", "royan").trials as unknown as string[]).push("nct00000001");
    expect(run(trialLinksAgree, records)).toEqual([
      {
        file: "data/therapies/royan.yaml",
        path: "trials.1",
        message: "trial irct2 does not name this therapy",
        fix: "add `therapy: royan` to trials/irct2.yaml",
      },
      {
        file: "data/therapies/royan.yaml",
        path: "trials.2",
        message: 'trial nct00000001 names therapy "kfshrc-cd19", not this one',
        fix: "a trial tests one programme: remove nct00000001 here, or set `therapy: royan` in trials/nct00000001.yaml and remove it from therapies/kfshrc-cd19.yaml",
      },
      {
        file: "data/trials/nct00000002.yaml",
        path: "therapy",
        message: "therapy acme-nk does not list this trial",
        fix: "add nct00000002 to `trials:` in therapies/acme-nk.yaml",
      },
    ]);
  });

  it("leaves references to missing records to references-exist", () => {
    const records = all();
    (record(records, "therapies", "royan").trials as unknown as string[]).push("nct99999999");
    record(records, "trials", "pactr1").therapy = "no-such-therapy" as never;
    const found = run(trialLinksAgree, records).map((f) => f.message);
    expect(found).toEqual(["trial irct2 does not name this therapy"]);
  });
});

describe("trial-links-agree, more", () => {
  it("leaves an id in `trials:` that is not a trial, but a therapy, to references-exist", () => {
    const records = all();
    record(records, "trials", "irct2").therapy = "royan" as never;
    (record(records, "therapies", "acme-nk").trials as unknown as string[]).push("royan");
    expect(run(trialLinksAgree, records)).toEqual([]);
  });
});

describe("approvals-confirmed", () => {
  it("rejects an approval no confirmed source shows", () => {
    const records = all();
    const approval = (
      record(records, "therapies", "acme-nk").approvals as unknown as { sources: { kind: string }[] }[]
    )[0];
    if (!approval) throw new Error("synthetic data changed");
    approval.sources = [
      { ...approval.sources[0], kind: "news" },
      { ...approval.sources[0], kind: "press-release" },
    ] as never;
    expect(run(approvalsConfirmed, records)).toEqual([
      {
        file: "data/therapies/acme-nk.yaml",
        path: "approvals.0.sources",
        message: "no source of this approval confirms it",
        fix: "cite the regulator's notice, the gazette or a journal (kind: registry, regulator, official, journal), or move it to `claims:` with status unconfirmed",
      },
    ]);
    approval.sources.push({ kind: "journal" } as never);
    expect(run(approvalsConfirmed, records)).toEqual([]);
  });

  it("rejects stage approved without an approval, on every such indication", () => {
    const records = all();
    const therapy = record(records, "therapies", "acme-nk");
    therapy.approvals = [] as never;
    (therapy.indications as unknown as { stage: string }[])[1]!.stage = "approved";
    expect(run(approvalsConfirmed, records).map((f) => `${f.path}: ${f.message}`)).toEqual([
      "indications.0.stage: stage is approved, but the record has no approval",
      "indications.1.stage: stage is approved, but the record has no approval",
    ]);
  });
});

describe("no-placeholders", () => {
  it("finds markers, example addresses, template text and ids written as titles, anywhere in a record", () => {
    const records = [
      loaded("organizations", {
        ...record(all(), "organizations", "acme"),
        summary: "TODO: write this",
        city: "<city>",
        aliases: ["fine", "TBD"],
        sources: [
          {
            url: "https://www.example.org/page",
            title: "PMID 12345678",
            publisher: "P",
            accessed: "2026-11-30",
            kind: "journal",
          },
          {
            url: "https://sources.test/a",
            title: "doi: 10.1000/xyz",
            publisher: "FIXME",
            accessed: "2026-11-30",
            kind: "journal",
          },
          {
            url: "https://example.com",
            title: "NCT01234567",
            publisher: "P",
            accessed: "2026-11-30",
            kind: "registry",
          },
        ],
      }),
    ];
    // In the record's field order: sources, aliases, summary, city.
    expect(run(noPlaceholders, records).map((f) => `${f.path}: ${f.message}`)).toEqual([
      'sources.0.url: holds an example.org address: "https://www.example.org/page"',
      'sources.0.title: holds an id in place of a title: "PMID 12345678"',
      'sources.1.title: holds an id in place of a title: "doi: 10.1000/xyz"',
      'sources.1.publisher: holds a TODO marker: "FIXME"',
      'sources.2.url: holds an example.org address: "https://example.com"',
      'sources.2.title: holds an id in place of a title: "NCT01234567"',
      'aliases.1: holds a TODO marker: "TBD"',
      'summary: holds a TODO marker: "TODO: write this"',
      'city: holds template text in angle brackets: "<city>"',
    ]);
  });

  it("lets real text through: ids inside sentences, example in a word, a long text shortened in the message", () => {
    const long = `TODO ${"x".repeat(80)}`;
    const records = [
      loaded("organizations", {
        ...record(all(), "organizations", "acme"),
        summary: "Registered as NCT01234567 (PMID 123); an exemplary programme; see https://examples.org/",
        city: "Todo City",
        notes: [long],
      }),
    ];
    const found = run(noPlaceholders, records);
    expect(found.map((f) => f.path)).toEqual(["notes.0"]);
    expect(found[0]?.message).toBe(`holds a TODO marker: "${long.slice(0, 57)}…"`);
    expect(found[0]?.fix).toBe(
      "replace it with the real value from a source you read, or remove the field if it is optional",
    );
  });
});

describe("no-placeholders, edges", () => {
  const scan = (fields: Record<string, unknown>) =>
    run(noPlaceholders, [loaded("organizations", { ...record(all(), "organizations", "acme"), ...fields })]).map(
      (f) => `${f.path}: ${f.message}`,
    );

  it("finds an http example address, an id with a spaced colon as a title, and template text in spaces", () => {
    const source = d.organizations[0]?.sources[0];
    expect(
      scan({
        city: " <city> ",
        sources: [{ ...source, url: "http://example.net/x", title: "DOI : 10.1000/xyz" }],
      }),
    ).toEqual([
      'sources.0.url: holds an example.org address: "http://example.net/x"',
      'sources.0.title: holds an id in place of a title: "DOI : 10.1000/xyz"',
      'city: holds template text in angle brackets: " <city> "',
    ]);
  });

  it("lets through an address, angle brackets or an id that are only part of the text", () => {
    expect(
      scan({
        notes: [
          "Its first site, https://example.org/, was a placeholder of the host.",
          "<18 years and >65 years were excluded",
          "Enquiries: the trial office <trials@acme.test>",
        ],
      }),
    ).toEqual([]);
  });

  it("quotes a text of up to 60 characters whole", () => {
    const sixty = `TODO ${"x".repeat(55)}`;
    expect(sixty).toHaveLength(60);
    expect(scan({ notes: [sixty] })).toEqual([`notes.0: holds a TODO marker: "${sixty}"`]);
    const sixtyOne = `${sixty}y`;
    expect(scan({ notes: [sixtyOne] })).toEqual([`notes.0: holds a TODO marker: "${sixty.slice(0, 57)}…"`]);
  });
});
