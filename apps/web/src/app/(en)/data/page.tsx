import { COLLECTIONS, getDataset } from "@cell-atlas/content";
import { API_URL, pageMetadata } from "@/lib/site";

export const metadata = pageMetadata({
  title: "Data and API",
  description: "Download the whole Cell Therapy Atlas as JSON or CSV, its JSON Schemas, and use the HTTP API.",
  path: "/data/",
});

export default function DataPage() {
  const { meta } = getDataset();
  return (
    <>
      <h1>Data and API</h1>
      <p className="lead">
        The atlas is open data under {meta.license}. Data version <code>{meta.dataVersion}</code>.
      </p>
      <h2 id="downloads">Downloads</h2>
      <ul>
        <li>
          <a href="/data/dataset.json" download>
            The whole dataset (JSON)
          </a>{" "}
          — every collection, validated.
        </li>
        {COLLECTIONS.map((c) => (
          <li key={c}>
            <a href={`/data/csv/${c}.csv`} download>
              {c} (CSV, {meta.counts[c] ?? 0} rows)
            </a>
          </li>
        ))}
      </ul>
      <h2 id="schemas">JSON Schemas</h2>
      <ul>
        {COLLECTIONS.map((c) => (
          <li key={c}>
            <a href={`/data/schema/${c}.json`}>{c}.json</a>
          </li>
        ))}
        <li>
          <a href="/data/schema/dataset.json">dataset.json</a> — the whole published dataset
        </li>
      </ul>
      <h2 id="api">HTTP API</h2>
      <p>
        The API serves the same records with the same filters as this site (<code>area</code>, <code>modality</code>,{" "}
        <code>country</code>, <code>stage</code>, <code>evidence</code>, <code>q</code>, …), plus search and statistics.
        Interactive docs: <a href={`${API_URL}/docs`}>{API_URL}/docs</a>; the OpenAPI description is at{" "}
        <a href={`${API_URL}/openapi.json`}>{API_URL}/openapi.json</a>.
      </p>
      <p className="muted">
        The API runs alongside this site when you run <code>pnpm start</code> in the repository.
      </p>
    </>
  );
}
