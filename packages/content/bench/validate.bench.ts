// `pnpm --filter @cell-atlas/content bench`: how fast the loader validates the real data and a
// synthetic 10,000-record set (generated here into a temp folder, never committed).
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { dataDir } from "../scripts/paths.ts";
import { loadDataset } from "../src/load/index.ts";

const TARGET_SECONDS = 10;
const SYNTHETIC = 10_000;

const source = (n: number) => `sources:
  - url: https://bench.test/record/${n}
    title: Synthetic page ${n}
    publisher: Bench
    published: 2024-05-01
    accessed: 2026-11-30
    kind: journal
lastReviewed: 2026-11-24
`;

async function writeSynthetic(dir: string): Promise<void> {
  const per = SYNTHETIC / 5;
  for (const c of ["countries", "organizations", "therapies", "trials", "events"])
    await mkdir(path.join(dir, c), { recursive: true });
  const countryId = (i: number) =>
    `${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}${String.fromCharCode(97 + (i % 26))}`;
  const countries = Math.min(per, 676);
  const writes: Promise<void>[] = [];
  for (let i = 0; i < countries; i++) {
    writes.push(
      writeFile(
        path.join(dir, "countries", `${countryId(i)}.yaml`),
        `id: ${countryId(i)}\nname: Country ${i}\noicMember: ${i % 2 === 0}\nregion: middle-east\nsummary: Synthetic.\n${source(i)}`,
      ),
    );
  }
  for (let i = 0; i < per + (per - countries); i++) {
    writes.push(
      writeFile(
        path.join(dir, "organizations", `org-${i}.yaml`),
        `id: org-${i}\nname: Organization ${i}\nkind: hospital\ncountry: ${countryId(i % countries)}\ncity: City ${i}\nfounded: 1990\nsummary: A synthetic hospital used by the benchmark.\n${source(i)}`,
      ),
    );
  }
  for (let i = 0; i < per; i++) {
    writes.push(
      writeFile(
        path.join(dir, "therapies", `therapy-${i}.yaml`),
        `id: therapy-${i}
name: Therapy ${i}
aliases: [T-${i}]
modality: car-t
cellSource: autologous
targets: [CD19]
organizations:
  - id: org-${i}
    role: developer
countries: [${countryId(i % countries)}]
indications:
  - condition: B-cell acute lymphoblastic leukaemia
    area: cancer
    stage: phase-1
    status: active
    note: Synthetic note.
trials: [nct${String(i).padStart(8, "0")}]
summary: A synthetic CAR-T programme used by the benchmark.
${source(i)}`,
      ),
    );
    writes.push(
      writeFile(
        path.join(dir, "trials", `nct${String(i).padStart(8, "0")}.yaml`),
        `id: nct${String(i).padStart(8, "0")}
registry: clinicaltrials.gov
title: Synthetic trial ${i}
phase: phase-1
status: recruiting
therapy: therapy-${i}
sponsor: org-${i}
countries: [${countryId(i % countries)}]
conditions: [leukaemia]
enrollment: 20
startDate: 2024-01-15
${source(i)}`,
      ),
    );
    writes.push(
      writeFile(
        path.join(dir, "events", `2024-event-${i}.yaml`),
        `id: 2024-event-${i}
date: 2024-06
kind: trial-start
title: Synthetic event ${i}
summary: Synthetic.
countries: [${countryId(i % countries)}]
organizations: [org-${i}]
therapies: [therapy-${i}]
${source(i)}`,
      ),
    );
  }
  await Promise.all(writes);
}

async function time(label: string, dir: string): Promise<number> {
  const started = performance.now();
  const result = await loadDataset(dir);
  const seconds = (performance.now() - started) / 1000;
  if (!result.ok)
    throw new Error(`${label}: ${result.issues.length} problems, first: ${JSON.stringify(result.issues[0])}`);
  const records = result.files;
  console.log(
    `${label.padEnd(22)} ${String(records).padStart(6)} records  ${seconds.toFixed(2).padStart(6)} s  ${Math.round(
      records / seconds,
    )
      .toLocaleString("en")
      .padStart(8)} records/s`,
  );
  return seconds;
}

const tmp = await mkdtemp(path.join(os.tmpdir(), "cell-atlas-bench-"));
try {
  await time("real data", dataDir);
  await writeSynthetic(tmp);
  const seconds = await time(`synthetic ${SYNTHETIC.toLocaleString("en")}`, tmp);
  const ratio = seconds / TARGET_SECONDS;
  console.log(
    `\n10,000 records in ${seconds.toFixed(2)} s = ${ratio.toFixed(2)}× the ${TARGET_SECONDS} s budget ${ratio <= 1 ? "(ok)" : "(OVER BUDGET)"}`,
  );
  if (ratio > 1) process.exitCode = 1;
} finally {
  await rm(tmp, { recursive: true, force: true });
}
