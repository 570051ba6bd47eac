import type { Country } from "@cell-atlas/content";
import { useTranslations } from "next-intl";
import { useFormat } from "@/i18n/format";

/** How completely the atlas covers a country's registered trials: what was searched, and when. */
export function Coverage({ country }: { country: Country }) {
  const t = useTranslations("Record.coverage");
  const f = useFormat();
  const cov = country.coverage;
  if (!cov)
    return (
      <p className="coverage coverage-none" data-coverage="none">
        {t("none", { country: f.country(country.id, country.name) })}
      </p>
    );
  return (
    <div className="coverage" data-coverage="searched">
      <p>
        {t.rich("searched", {
          count: cov.trialsRecorded,
          registries: cov.registries.map((r) => f.label("registry", r)).join(", "),
          date: f.date(cov.searched),
          time: (chunks) => <time dateTime={cov.searched}>{chunks}</time>,
        })}
      </p>
      {cov.note ? (
        <p className="small" lang="en" dir="ltr">
          {cov.note}
        </p>
      ) : null}
    </div>
  );
}
