import type { Country } from "@cell-atlas/content";
import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { localName, RecordName } from "@/components/RecordName";
import { ScrollRegion } from "@/components/ScrollRegion";
import { useFormat } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import { type LocaleParams, pageLocale } from "@/i18n/server";
import { atlas, listAll } from "@/lib/data";
import { pageMetadata } from "@/lib/site";

type Props = { params: LocaleParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Countries" });
  return pageMetadata({ locale, title: t("title"), description: t("description"), path: "/countries/" });
}

/** A country's name: its sourced local name, else the locale's (CLDR) name, else its English name. */
function CountryName({ country }: { country: Country }) {
  const f = useFormat();
  if (f.locale === "en" || localName(country, f.locale)) return <RecordName record={country} />;
  return <bdi dir="auto">{f.country(country.id, country.name)}</bdi>;
}

function CountryTable({ countries, caption }: { countries: readonly Country[]; caption: string }) {
  const t = useTranslations("Countries.table");
  const f = useFormat();
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
            <th scope="col">{t("country")}</th>
            <th scope="col">{t("region")}</th>
            <th scope="col">{t("programmes")}</th>
            <th scope="col">{t("organizations")}</th>
            <th scope="col">{t("trials")}</th>
            <th scope="col">{t("searched")}</th>
          </tr>
        </thead>
        <tbody>
          {countries.map((c) => {
            const s = byCountry.get(c.id);
            return (
              <tr key={c.id}>
                <th scope="row">
                  <Link href={`/countries/${c.id}/`}>
                    <CountryName country={c} />
                  </Link>
                </th>
                <td>{f.label("region", c.region)}</td>
                <td>{f.number(s?.therapies ?? 0)}</td>
                <td>{f.number(s?.organizations ?? 0)}</td>
                <td>{f.number(s?.trials ?? 0)}</td>
                <td>
                  {c.coverage ? (
                    <time dateTime={c.coverage.searched}>{f.date(c.coverage.searched)}</time>
                  ) : (
                    <span className="muted">{t("notYet")}</span>
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

export default async function CountriesPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Countries" });
  const members = listAll("countries", { oicMember: true });
  const others = listAll("countries", { oicMember: false });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p>{t("registriesNote")}</p>
      <h2 id="members">{t("members", { count: members.length })}</h2>
      {members.length === 0 ? (
        <p className="empty">{t("membersEmpty")}</p>
      ) : (
        <CountryTable countries={members} caption={t("membersCaption")} />
      )}
      {others.length > 0 ? (
        <>
          <h2 id="others">{t("others", { count: others.length })}</h2>
          <CountryTable countries={others} caption={t("othersCaption")} />
        </>
      ) : null}
    </>
  );
}
