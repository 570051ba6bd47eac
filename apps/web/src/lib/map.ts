import { type GeoPermissibleObjects, geoCentroid, geoNaturalEarth1, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world50 from "world-atlas/countries-50m.json" with { type: "json" };
import world110 from "world-atlas/countries-110m.json" with { type: "json" };
import { alpha2ToNumeric } from "@/lib/iso";

export interface MapCountry {
  id: string;
  name: string;
  value: number;
}

export interface MapShape {
  id: string;
  name: string;
  value: number;
  /** An SVG path for countries large enough to draw, a dot for the rest (Bahrain, Maldives, Comoros). */
  d?: string;
  dot?: [number, number];
}

export interface MapDrawing {
  width: number;
  height: number;
  /** Neighbouring, non-member countries drawn for context. */
  background: string[];
  shapes: MapShape[];
  /** Dataset countries with no shape in world-atlas. */
  missing: string[];
}

type Props = { name?: string };

function countriesOf(topology: unknown): FeatureCollection<Geometry, Props> {
  const t = topology as Topology<{ countries: GeometryCollection<Props> }>;
  return feature(t, t.objects.countries) as FeatureCollection<Geometry, Props>;
}

/** Projects the given countries into an SVG drawing at build time; no tiles, no script. */
export function drawMap(countries: readonly MapCountry[], width = 960): MapDrawing {
  const coarse = countriesOf(world110).features;
  const fine = countriesOf(world50).features;
  const byNumeric = (features: Feature<Geometry, Props>[], n: string) => features.find((f) => String(f.id) === n);

  const placed = countries.map((c) => {
    const numeric = alpha2ToNumeric(c.id);
    return {
      c,
      coarse: numeric ? byNumeric(coarse, numeric) : undefined,
      fine: numeric ? byNumeric(fine, numeric) : undefined,
    };
  });
  const shown = placed.filter((p) => p.coarse || p.fine);
  const focus: FeatureCollection = {
    type: "FeatureCollection",
    features: shown.map((p) => (p.coarse ?? p.fine) as Feature),
  };
  const projection = geoNaturalEarth1();
  if (focus.features.length > 0) projection.fitWidth(width, focus as GeoPermissibleObjects);
  else projection.fitWidth(width, { type: "Sphere" });
  const path = geoPath(projection).digits(1);
  const bounds = path.bounds((focus.features.length > 0 ? focus : { type: "Sphere" }) as GeoPermissibleObjects);
  const pad = 10;
  const [x0, y0] = [bounds[0][0] - pad, bounds[0][1] - pad];
  const height = Math.ceil(bounds[1][1] - bounds[0][1] + 2 * pad);
  projection.translate([projection.translate()[0] - x0, projection.translate()[1] - y0]);

  const shownNumeric = new Set(shown.map((p) => String((p.coarse ?? p.fine)?.id)));
  const background: string[] = [];
  for (const f of coarse) {
    if (shownNumeric.has(String(f.id))) continue;
    const [[bx0, by0], [bx1, by1]] = path.bounds(f);
    if (bx1 < 0 || by1 < 0 || bx0 > width || by0 > height) continue;
    const d = path(f);
    if (d) background.push(d);
  }

  const shapes: MapShape[] = shown.map(({ c, coarse: shape, fine: small }) => {
    if (shape) return { ...c, d: path(shape) ?? "" };
    const [x, y] = projection(geoCentroid(small as Feature)) ?? [0, 0];
    return { ...c, dot: [Math.round(x * 10) / 10, Math.round(y * 10) / 10] };
  });
  return { width, height, background, shapes, missing: placed.filter((p) => !p.coarse && !p.fine).map((p) => p.c.id) };
}

/** Shading buckets for programme counts: 0, 1, 2–3, 4–6, 7+. */
export function bucketOf(value: number): number {
  if (value <= 0) return 0;
  if (value === 1) return 1;
  if (value <= 3) return 2;
  if (value <= 6) return 3;
  return 4;
}

/** The buckets' ranges, in bucket order, for the legend (its words are messages: Lists.map.bucket*). */
export const BUCKETS: readonly { from: number; to?: number }[] = [
  { from: 0, to: 0 },
  { from: 1, to: 1 },
  { from: 2, to: 3 },
  { from: 4, to: 6 },
  { from: 7 },
];
