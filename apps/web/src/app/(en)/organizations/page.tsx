import Link from "next/link";
import { ScrollRegion } from "@/components/ScrollRegion";
import { atlas, listAll } from "@/lib/data";
import { label } from "@/lib/format";
import { pageMetadata } from "@/lib/site";

export const metadata = pageMetadata({
  title: "Organizations",
  description:
    "Research institutes, hospitals, universities, companies and regulators behind cell therapy in OIC states.",
  path: "/organizations/",
});

export default function OrganizationsPage() {
  const orgs = listAll("organizations");
  const a = atlas();
  return (
    <>
      <h1>Organizations</h1>
      <p className="lead">Who develops, makes, sponsors, gives or regulates the cell therapies in the atlas.</p>
      {orgs.length === 0 ? (
        <p className="empty">No organizations recorded yet.</p>
      ) : (
        <ScrollRegion label="Organizations">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Country</th>
                <th scope="col">Programmes</th>
              </tr>
            </thead>
            <tbody>
              {orgs.map((o) => (
                <tr key={o.id}>
                  <th scope="row">
                    <Link href={`/organizations/${o.id}/`}>{o.name}</Link>
                  </th>
                  <td>{label(o.kind)}</td>
                  <td>
                    <Link href={`/countries/${o.country}/`}>{a.nameOf("countries", o.country) || o.country}</Link>
                  </td>
                  <td>{a.related("organizations", o.id).therapies?.length ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
