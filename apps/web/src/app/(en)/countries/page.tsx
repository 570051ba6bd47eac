import type { Country } from "@cell-atlas/content";
import Link from "next/link";
import { ScrollRegion } from "@/components/ScrollRegion";
import { atlas, listAll } from "@/lib/data";
import { formatDate, label } from "@/lib/format";
import { pageMetadata } from "@/lib/site";

export const metadata = pageMetadata({
  title: "Countries",
  description: "Every OIC member state with its cell therapy programmes, organizations, trials and events.",
  path: "/countries/",
});

function CountryTable({ countries, caption }: { countries: readonly Country[]; caption: string }) {
  const byCountry = new Map(
    atlas()
      .stats()
      .byCountry.map((c) => [c.key, c]),
  );
  return (
    <ScrollRegion label={caption}>
      <table>
        <caption className="muted">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Region</th>
            <th scope="col">Programmes</th>
            <th scope="col">Organizations</th>
            <th scope="col">Trials</th>
            <th scope="col">Registries searched</th>
          </tr>
        </thead>
        <tbody>
          {countries.map((c) => {
            const s = byCountry.get(c.id);
            return (
              <tr key={c.id}>
                <th scope="row">
                  <Link href={`/countries/${c.id}/`}>{c.name}</Link>
                </th>
                <td>{label(c.region)}</td>
                <td>{s?.therapies ?? 0}</td>
                <td>{s?.organizations ?? 0}</td>
                <td>{s?.trials ?? 0}</td>
                <td>
                  {c.coverage ? (
                    <time dateTime={c.coverage.searched}>{formatDate(c.coverage.searched)}</time>
                  ) : (
                    <span className="muted">Not yet</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export default function CountriesPage() {
  const members = listAll("countries", { oicMember: true });
  const others = listAll("countries", { oicMember: false });
  return (
    <>
      <h1>Countries</h1>
      <p className="lead">
        The member states of the Organisation of Islamic Cooperation, and the few other countries that records need (for
        example, where a company named in popular coverage is really based).
      </p>
      <p>
        “Registries searched” gives the date the trial registries were last searched for a country; where it says “not
        yet”, the trials recorded there were found while researching other records.
      </p>
      <h2 id="members">OIC member states ({members.length})</h2>
      {members.length === 0 ? (
        <p className="empty">No member states recorded yet.</p>
      ) : (
        <CountryTable countries={members} caption="OIC member states" />
      )}
      {others.length > 0 ? (
        <>
          <h2 id="others">Other countries ({others.length})</h2>
          <CountryTable countries={others} caption="Other countries named by records" />
        </>
      ) : null}
    </>
  );
}
