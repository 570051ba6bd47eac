import { closest } from "fastest-levenshtein";
import { stringify } from "yaml";
import { countryIdOf } from "./countries.ts";
import type { RegistryRecord } from "./record.ts";
import { trialIdOf } from "./record.ts";

const PUBLISHER: Record<string, string> = {
  "clinicaltrials.gov": "ClinicalTrials.gov",
  irct: "Iranian Registry of Clinical Trials (IRCT)",
  pactr: "Pan African Clinical Trials Registry (PACTR)",
  isrctn: "ISRCTN registry",
};

export interface DraftContext {
  /** Records that already exist, to link the sponsor and the countries by name. */
  organizations: readonly { id: string; name: string; aliases: readonly string[] }[];
  countries: readonly { id: string; name: string }[];
  /** The day the record was read (YYYY-MM-DD). */
  today: string;
  /** The copy read, when it is not the canonical record (a file saved from the registry, the API). */
  via?: string;
}

export interface TrialDraft {
  /** The draft record, in the field order of a trial file. */
  record: Record<string, unknown>;
  /** What the importer could not fill in, and why: the contributor's to-do list. */
  unmapped: string[];
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** A trial draft from a registry record: every field it could map, and a list of what it could not. */
export function toTrialDraft(r: RegistryRecord, ctx: DraftContext): TrialDraft {
  const unmapped = [...r.unmapped];
  const countries: string[] = [];
  for (const name of r.countryNames) {
    const id = countryIdOf(name, ctx.countries);
    if (!id) unmapped.push(`site country "${name}": no ISO code found; add it to countries by hand`);
    else {
      if (!ctx.countries.some((c) => c.id === id))
        unmapped.push(
          `site country "${name}" (${id}): the atlas has no record for it yet; add data/countries/${id}.yaml`,
        );
      if (!countries.includes(id)) countries.push(id);
    }
  }
  let sponsor: string | undefined;
  if (r.sponsorName) {
    const wanted = norm(r.sponsorName);
    sponsor = ctx.organizations.find((o) => norm(o.name) === wanted || o.aliases.some((a) => norm(a) === wanted))?.id;
    if (!sponsor) {
      const names = ctx.organizations.map((o) => o.name);
      const near = names.length > 0 ? closest(r.sponsorName, names) : undefined;
      const nearId = ctx.organizations.find((o) => o.name === near)?.id;
      unmapped.push(
        `sponsor "${r.sponsorName}": no organization record has this name${nearId ? ` (closest: ${nearId})` : ""}; set sponsor to an organization id, creating the organization if needed`,
      );
    }
  } else unmapped.push("sponsor: the record names none");
  unmapped.push(
    "therapy: the programme this trial tests; set it to a therapy id (and list this trial in that therapy's trials)",
  );
  if (!r.title) unmapped.push("title: the record has no title");
  const id = trialIdOf(r.registryId);
  const url = r.url.startsWith("https://")
    ? r.url
    : `https://trialsearch.who.int/Trial2.aspx?TrialID=${encodeURIComponent(r.registryId)}`;
  const record: Record<string, unknown> = {
    id,
    registry: r.registry,
    registryId: r.registryId,
    ...(r.secondaryIds.length > 0 ? { secondaryIds: r.secondaryIds } : {}),
    ...(r.studyType ? { studyType: r.studyType } : {}),
    title: r.title,
    phase: r.phase ?? "unknown",
    status: r.status ?? "unknown",
    ...(sponsor ? { sponsor } : {}),
    countries,
    conditions: r.conditions,
    ...(r.enrollment !== undefined ? { enrollment: r.enrollment } : {}),
    ...(r.startDate ? { startDate: r.startDate } : {}),
    ...(r.completionDate ? { completionDate: r.completionDate } : {}),
    url,
    sources: [
      {
        url,
        ...(ctx.via && ctx.via !== url ? { via: ctx.via } : {}),
        title: r.briefTitle ?? r.title,
        publisher: PUBLISHER[r.registry] ?? r.registry,
        accessed: ctx.today,
        kind: "registry",
      },
    ],
    lastReviewed: ctx.today,
  };
  if (r.conditions.length === 0) unmapped.push("conditions: the record lists none; write at least one");
  return { record, unmapped };
}

/** The draft as a trial file: the schema line, what is left to do as comments, then the fields. */
export function draftYaml(draft: TrialDraft, schemaPath: string, from: string): string {
  const header = [
    `# yaml-language-server: $schema=${schemaPath}`,
    `# Draft from ${from}, written by cell-atlas import. Check every field against the record.`,
    ...(draft.unmapped.length > 0
      ? [
          "# Not filled in — write these from the record, or leave them out:",
          ...draft.unmapped.map((u) => `#   - ${u}`),
        ]
      : []),
  ];
  return `${header.join("\n")}\n${stringify(draft.record, { lineWidth: 100 })}`;
}
