import { useTranslations } from "next-intl";
import { ScrollRegion } from "@/components/ScrollRegion";
import { useFormat } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import { BUCKETS, bucketOf, drawMap, type MapCountry } from "@/lib/map";

/**
 * OIC member states shaded by number of programmes, drawn at build time as inline SVG. A map is
 * not mirrored in right-to-left pages (west stays left); its legend and table follow the page's
 * direction. Country names are the locale's (CLDR), the dataset's English name otherwise.
 */
export function OicMap({ countries }: { countries: readonly MapCountry[] }) {
  const t = useTranslations("Lists.map");
  const f = useFormat();
  const map = drawMap(countries);
  const total = countries.filter((c) => c.value > 0).length;
  const nameOf = (c: { id: string; name: string }) => f.country(c.id, c.name);
  const bucketLabel = ({ from, to }: (typeof BUCKETS)[number]) =>
    to === 0
      ? t("bucketNone")
      : to === undefined
        ? t("bucketAtLeast", { from })
        : to === from
          ? t("bucketOne", { from })
          : t("bucketRange", { from, to });
  return (
    <figure className="map" aria-labelledby="map-caption">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-labelledby="map-title map-desc"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id="map-title">{t("title")}</title>
        <desc id="map-desc">{t("desc", { total, count: countries.length })}</desc>
        <g className="map-bg">
          {map.background.map((d) => (
            <path key={d.slice(0, 40) + d.length} d={d} />
          ))}
        </g>
        <g>
          {map.shapes.map((s) =>
            s.d ? (
              <path key={s.id} d={s.d} className={`b${bucketOf(s.value)}`}>
                <title>{t("shape", { name: nameOf(s), count: s.value })}</title>
              </path>
            ) : s.dot ? (
              <circle key={s.id} cx={s.dot[0]} cy={s.dot[1]} r={5} className={`b${bucketOf(s.value)} dot`}>
                <title>{t("shape", { name: nameOf(s), count: s.value })}</title>
              </circle>
            ) : null,
          )}
        </g>
      </svg>
      <figcaption id="map-caption">
        {t("caption")}{" "}
        <span className="legend">
          {BUCKETS.map((b, i) => (
            <span key={b.from} className="legend-item">
              <span className={`swatch b${i}`} aria-hidden="true" /> {bucketLabel(b)}
            </span>
          ))}
        </span>
      </figcaption>
      <details>
        <summary>{t("tableSummary")}</summary>
        <ScrollRegion label={t("tableRegion")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("country")}</th>
                <th scope="col">{t("programmes")}</th>
              </tr>
            </thead>
            <tbody>
              {[...countries]
                .map((c) => ({ ...c, shown: nameOf(c) }))
                .sort((a, b) => b.value - a.value || a.shown.localeCompare(b.shown, f.locale))
                .map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link href={`/countries/${c.id}/`}>{c.shown}</Link>
                    </th>
                    <td>{f.number(c.value)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </figure>
  );
}
