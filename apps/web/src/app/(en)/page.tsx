import Link from "next/link";
import { BarChart } from "@/components/BarChart";
import { EventList } from "@/components/EventList";
import { EvidenceLegend } from "@/components/Evidence";
import { OicMap } from "@/components/OicMap";
import { ScrollRegion } from "@/components/ScrollRegion";
import { AREAS } from "@/lib/areas";
import { changeLog, releaseHref } from "@/lib/changes";
import { atlas } from "@/lib/data";
import { feedLink, GENERAL_FEEDS } from "@/lib/feeds";
import { formatDate, label, plural } from "@/lib/format";
import { programmesByYear } from "@/lib/programme-years";
import { pageMetadata } from "@/lib/site";

export const metadata = pageMetadata({
  title: "Cell Therapy Atlas — cell therapy in OIC member states",
  description:
    "An open, sourced atlas of cell therapy programmes, trials, approvals and organizations in the 57 member states of the Organisation of Islamic Cooperation: cancer, autoimmune diseases and regenerative medicine.",
  path: "/",
  feeds: GENERAL_FEEDS.map(feedLink),
});

export default function Home() {
  const a = atlas();
  const stats = a.stats();
  const latest = a.list("events", { limit: 5 }).data;
  const byArea = new Map(stats.byArea.map((s) => [s.key, s]));
  const oic = stats.byCountry.filter((c) => c.oicMember);
  const release = changeLog().releases()[0];
  return (
    <>
      <h1>Cell therapy in OIC member states</h1>
      <p className="lead">
        The Cell Therapy Atlas is an open, typed dataset of cell therapy programmes, clinical trials, approvals and the
        organizations behind them in the member states of the Organisation of Islamic Cooperation. Every record names
        its public sources and the date it was last checked, and corrects popular claims where the sources disagree.
      </p>
      <dl className="figures" aria-label="The atlas in figures">
        <div>
          <dt>Programmes</dt>
          <dd>{stats.totals.therapies}</dd>
        </div>
        <div>
          <dt>Countries with programmes</dt>
          <dd>{stats.totals.countriesWithProgrammes}</dd>
        </div>
        <div>
          <dt>Trials</dt>
          <dd>{stats.totals.trials}</dd>
        </div>
        <div>
          <dt>Approvals</dt>
          <dd>{stats.totals.approvals}</dd>
        </div>
        <div>
          <dt>OIC states covered</dt>
          <dd>{stats.totals.oicMembers}</dd>
        </div>
      </dl>
      {release ? (
        <p className="release-note">
          Data release <Link href={releaseHref(release.version)}>{release.version}</Link> of{" "}
          <time dateTime={release.date}>{formatDate(release.date)}</time>. <Link href="/changes/">What changed</Link> ·{" "}
          <a href={feedLink("changes").url}>Atom feed of changes</a>
        </p>
      ) : null}

      <h2 id="areas">The three main areas</h2>
      <div className="grid">
        {AREAS.filter((x) => x.main).map((area) => {
          const s = byArea.get(area.id);
          return (
            <section className="card" key={area.id} aria-labelledby={`area-${area.id}`}>
              <h3 id={`area-${area.id}`}>
                <Link href={`/areas/${area.id}/`}>{area.title}</Link>
              </h3>
              <p>{area.intro}</p>
              <p className="muted small">
                {plural(s?.therapies ?? 0, "programme")} · {plural(s?.countries ?? 0, "country", "countries")} ·{" "}
                {plural(s?.trials ?? 0, "trial")} · {plural(s?.approvals ?? 0, "approval")}
              </p>
            </section>
          );
        })}
      </div>
      <p>
        Other areas:{" "}
        {AREAS.filter((x) => !x.main).map((area, i) => (
          <span key={area.id}>
            {i > 0 ? " · " : ""}
            <Link href={`/areas/${area.id}/`}>{area.title}</Link>
          </span>
        ))}
      </p>

      <h2 id="figures">Figures by area</h2>
      <ScrollRegion label="Figures by area">
        <table>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Programmes</th>
              <th scope="col">Countries</th>
              <th scope="col">Trials</th>
              <th scope="col">Approvals</th>
            </tr>
          </thead>
          <tbody>
            {AREAS.map((area) => {
              const s = byArea.get(area.id);
              return (
                <tr key={area.id}>
                  <th scope="row">
                    <Link href={`/areas/${area.id}/`}>{area.title}</Link>
                  </th>
                  <td>{s?.therapies ?? 0}</td>
                  <td>{s?.countries ?? 0}</td>
                  <td>{s?.trials ?? 0}</td>
                  <td>{s?.approvals ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="muted small">A programme with indications in two areas counts in both.</p>

      <h2 id="charts">Programmes at a glance</h2>
      <div className="grid">
        <BarChart
          id="chart-area"
          title="Programmes by area"
          unit="Programmes"
          bars={AREAS.map((area) => ({
            label: area.title,
            value: byArea.get(area.id)?.therapies ?? 0,
            href: `/areas/${area.id}/`,
          }))}
        />
        <BarChart
          id="chart-stage"
          title="Programmes by furthest stage reached"
          unit="Programmes"
          bars={stats.byStage.map((s) => ({
            label: label(s.key),
            value: s.therapies,
            href: `/therapies/?stage=${s.key}`,
          }))}
        />
        <BarChart
          id="chart-year"
          title="Programmes by year of first public record"
          unit="Programmes"
          bars={programmesByYear(a).map((y) => ({ label: y.year, value: y.programmes }))}
        />
      </div>

      <h2 id="map">Where the programmes are</h2>
      <OicMap countries={oic.map((c) => ({ id: c.key, name: c.name, value: c.therapies }))} />

      <h2 id="latest">Latest events</h2>
      <EvidenceLegend />
      {latest.length === 0 ? <p className="empty">No events recorded yet.</p> : <EventList events={latest} />}
      <p>
        <Link href="/timeline/">The full timeline</Link>
      </p>
    </>
  );
}
