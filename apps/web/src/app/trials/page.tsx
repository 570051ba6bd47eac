import Link from "next/link";
import { RecordLinks } from "@/components/Links";
import { ScrollRegion } from "@/components/ScrollRegion";
import { listAll } from "@/lib/data";
import { formatDate, label } from "@/lib/format";
import { pageMetadata } from "@/lib/site";

export const metadata = pageMetadata({
  title: "Trials",
  description: "Registered clinical trials of cell therapies in the atlas, with phase, status and registry links.",
  path: "/trials/",
});

export default function TrialsPage() {
  const trials = listAll("trials");
  return (
    <>
      <h1>Trials</h1>
      <p className="lead">Registered clinical trials, newest first, with links to their registry entries.</p>
      {trials.length === 0 ? (
        <p className="empty">No trials recorded yet.</p>
      ) : (
        <ScrollRegion label="Trials">
          <table>
            <thead>
              <tr>
                <th scope="col">Trial</th>
                <th scope="col">Phase</th>
                <th scope="col">Status</th>
                <th scope="col">Therapy</th>
                <th scope="col">Countries</th>
                <th scope="col">Start</th>
              </tr>
            </thead>
            <tbody>
              {trials.map((t) => (
                <tr key={t.id}>
                  <th scope="row">
                    <Link href={`/trials/${t.id}/`}>{t.title}</Link>
                    <br />
                    <span className="muted small">{t.registryId ?? t.id.toUpperCase()}</span>
                  </th>
                  <td>{label(t.phase)}</td>
                  <td>{label(t.status)}</td>
                  <td>{t.therapy ? <RecordLinks collection="therapies" ids={[t.therapy]} /> : "—"}</td>
                  <td>
                    <RecordLinks collection="countries" ids={t.countries} />
                  </td>
                  <td>{t.startDate ? <time dateTime={t.startDate}>{formatDate(t.startDate)}</time> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
