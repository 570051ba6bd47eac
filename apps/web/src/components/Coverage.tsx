import type { Country } from "@cell-atlas/content";
import { formatDate, label, plural } from "@/lib/format";

/** How completely the atlas covers a country's registered trials: what was searched, and when. */
export function Coverage({ country }: { country: Country }) {
  const cov = country.coverage;
  if (!cov)
    return (
      <p className="coverage coverage-none" data-coverage="none">
        The trial registries have not yet been searched systematically for {country.name}. Any trials listed here were
        found while researching other records, so the list may be far from complete.
      </p>
    );
  return (
    <div className="coverage" data-coverage="searched">
      <p>
        {plural(cov.trialsRecorded, "trial")} recorded with a site here; registries searched:{" "}
        {cov.registries.map((r) => label(r)).join(", ")}; searched on{" "}
        <time dateTime={cov.searched}>{formatDate(cov.searched)}</time>.
      </p>
      {cov.note ? <p className="small">{cov.note}</p> : null}
    </div>
  );
}
