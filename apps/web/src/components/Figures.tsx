import type { Figure } from "@cell-atlas/content";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { EvidenceBadge } from "@/components/Evidence";
import { ScrollRegion } from "@/components/ScrollRegion";
import { SourceRefs } from "@/components/Sources";
import { useFormat } from "@/i18n/format";

const en = (chunks: ReactNode) => <bdi lang="en">{chunks}</bdi>;

/** Reported figures (counts, rankings, amounts) as a table: each with who gave it, when, and where. */
export function Figures({ figures, subject }: { figures: readonly Figure[]; subject: string }) {
  const t = useTranslations("Record.figures");
  const f = useFormat();
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby="figures">
      <h2 id="figures">{t("title", { count: figures.length })}</h2>
      <p className="small">{t.rich("intro", { subject, en })}</p>
      <ScrollRegion label={t("region")}>
        <table className="figures-table">
          <thead>
            <tr>
              <th scope="col">{t("what")}</th>
              <th scope="col">{t("value")}</th>
              <th scope="col">{t("asOf")}</th>
              <th scope="col">{t("by")}</th>
              <th scope="col">{t("evidence")}</th>
              <th scope="col">{t("sources")}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((fig) => (
              <tr key={fig.what + String(fig.value) + (fig.asOf ?? "")}>
                <th scope="row" lang="en" dir="ltr">
                  {fig.what}
                  {fig.note ? <p className="cell-note muted small">{fig.note}</p> : null}
                </th>
                <td className="figure-value">
                  {typeof fig.value === "number" ? f.number(fig.value) : <bdi lang="en">{fig.value}</bdi>}
                </td>
                <td>{fig.asOf ? <time dateTime={fig.asOf}>{f.date(fig.asOf)}</time> : t("none")}</td>
                <td>
                  <bdi lang="en">{fig.by}</bdi>
                </td>
                <td>
                  <EvidenceBadge level={fig.evidence} />
                </td>
                <td className="small">
                  <SourceRefs sources={fig.sources} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
