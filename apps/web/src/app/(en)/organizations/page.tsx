import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RecordName } from "@/components/RecordName";
import { ScrollRegion } from "@/components/ScrollRegion";
import { formatter } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import { type LocaleParams, pageLocale } from "@/i18n/server";
import { atlas, listAll } from "@/lib/data";
import { pageMetadata } from "@/lib/site";

type Props = { params: LocaleParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Organizations" });
  return pageMetadata({ locale, title: t("title"), description: t("description"), path: "/organizations/" });
}

export default async function OrganizationsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Organizations" });
  const f = formatter(locale);
  const orgs = listAll("organizations");
  const a = atlas();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {orgs.length === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <ScrollRegion label={t("region")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("table.name")}</th>
                <th scope="col">{t("table.kind")}</th>
                <th scope="col">{t("table.country")}</th>
                <th scope="col">{t("table.programmes")}</th>
              </tr>
            </thead>
            <tbody>
              {orgs.map((o) => (
                <tr key={o.id}>
                  <th scope="row">
                    <Link href={`/organizations/${o.id}/`}>
                      <RecordName record={o} />
                    </Link>
                  </th>
                  <td>{f.label("organizationKind", o.kind)}</td>
                  <td>
                    <Link href={`/countries/${o.country}/`}>
                      {f.country(o.country, a.nameOf("countries", o.country) || o.country)}
                    </Link>
                  </td>
                  <td>{f.number(a.related("organizations", o.id).therapies?.length ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
