import Link from "next/link";
import { EvidenceLegend } from "@/components/Evidence";
import { FilterForm } from "@/components/FilterForm";
import { ScrollRegion } from "@/components/ScrollRegion";
import { StackedBars } from "@/components/StackedBars";
import { TrialTable } from "@/components/TrialTable";
import { AREAS } from "@/lib/areas";
import { atlas, listAll } from "@/lib/data";
import { trialFacets } from "@/lib/facets";
import { pageMetadata } from "@/lib/site";

export const metadata = pageMetadata({
  title: "Trials",
  description:
    "Registered clinical trials of cell therapies in OIC states, filterable by country, area, phase, status, cell type, start year and evidence, with a chart of trials per year.",
  path: "/trials/",
});

export default function TrialsPage() {
  const trials = listAll("trials");
  const stats = atlas().stats().trials;
  // Years in order, oldest first; trials with no recorded start last.
  const years = [...stats.byYear].sort((a, b) =>
    a.key === "unknown" ? 1 : b.key === "unknown" ? -1 : a.key.localeCompare(b.key),
  );
  return (
    <>
      <h1>Trials</h1>
      <p className="lead">
        Registered clinical trials of cell therapies with a site in the atlas's countries, newest first. Choose a
        country, an area, a phase or a year to see which trials ran there; filters are kept in the address, so a
        filtered view can be shared.
      </p>
      <p className="small">
        Also on this page: <a href="#by-year">trials per start year, by area (chart and table)</a> ·{" "}
        <a href="#by-country">trials by country</a>.
      </p>
      <FilterForm
        action="/trials/"
        facets={trialFacets()}
        noun="trials"
        total={trials.length}
        searchCollection="trials"
      />
      <EvidenceLegend />
      {trials.length === 0 ? (
        <p className="empty">No trials recorded yet.</p>
      ) : (
        <TrialTable trials={trials} name="Trials" filterable />
      )}

      <h2 id="by-year">Trials by start year and area</h2>
      <StackedBars
        id="chart-trials-year"
        title="Trials per start year, by area"
        rowHeader="Start year"
        unit="Trials"
        series={AREAS.map((a) => ({ id: a.id, label: a.title }))}
        rows={years.map((y) => ({
          label: y.key === "unknown" ? "Start not recorded" : y.key,
          total: y.trials,
          parts: y.byArea,
        }))}
        note="A trial whose programme spans two areas counts in each, so a bar can be longer than the year's total."
      />

      <h2 id="by-country">Trials by country</h2>
      {stats.byCountry.length === 0 ? (
        <p className="muted">No data yet.</p>
      ) : (
        <>
          <p>Each country's page lists its trials, says which registries were searched for it, and when.</p>
          <ScrollRegion label="Trials by country">
            <table>
              <thead>
                <tr>
                  <th scope="col">Country</th>
                  <th scope="col">Trials with a site there</th>
                </tr>
              </thead>
              <tbody>
                {stats.byCountry.map((c) => (
                  <tr key={c.key}>
                    <th scope="row">
                      <Link href={`/countries/${c.key}/#trials`}>{c.name}</Link>
                    </th>
                    <td>{c.trials}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </>
  );
}
