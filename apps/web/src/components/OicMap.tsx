import Link from "next/link";
import { ScrollRegion } from "@/components/ScrollRegion";
import { BUCKET_LABELS, bucketOf, drawMap, type MapCountry } from "@/lib/map";

/** OIC member states shaded by number of programmes, drawn at build time as inline SVG. */
export function OicMap({ countries }: { countries: readonly MapCountry[] }) {
  const map = drawMap(countries);
  const total = countries.filter((c) => c.value > 0).length;
  return (
    <figure className="map" aria-labelledby="map-caption">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-labelledby="map-title map-desc"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id="map-title">Map of OIC member states shaded by number of cell therapy programmes</title>
        <desc id="map-desc">
          {total} of {countries.length} member states have at least one programme in the atlas. The table below lists
          every state with its count.
        </desc>
        <g className="map-bg">
          {map.background.map((d) => (
            <path key={d.slice(0, 40) + d.length} d={d} />
          ))}
        </g>
        <g>
          {map.shapes.map((s) =>
            s.d ? (
              <path key={s.id} d={s.d} className={`b${bucketOf(s.value)}`}>
                <title>{`${s.name}: ${s.value}`}</title>
              </path>
            ) : s.dot ? (
              <circle key={s.id} cx={s.dot[0]} cy={s.dot[1]} r={5} className={`b${bucketOf(s.value)} dot`}>
                <title>{`${s.name}: ${s.value}`}</title>
              </circle>
            ) : null,
          )}
        </g>
      </svg>
      <figcaption id="map-caption">
        Programmes per OIC member state.{" "}
        <span className="legend">
          {BUCKET_LABELS.map((l, i) => (
            <span key={l} className="legend-item">
              <span className={`swatch b${i}`} aria-hidden="true" /> {l}
            </span>
          ))}
        </span>
      </figcaption>
      <details>
        <summary>Programmes by member state (table)</summary>
        <ScrollRegion label="Programmes by member state">
          <table>
            <thead>
              <tr>
                <th scope="col">Country</th>
                <th scope="col">Programmes</th>
              </tr>
            </thead>
            <tbody>
              {[...countries]
                .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name))
                .map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link href={`/countries/${c.id}/`}>{c.name}</Link>
                    </th>
                    <td>{c.value}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </figure>
  );
}
