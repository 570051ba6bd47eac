import { Area, EventKind, Modality, Stage, Status } from "@cell-atlas/content";
import { AREAS } from "@/lib/areas";
import { atlas, idsMatching } from "@/lib/data";
import type { Facet } from "@/lib/filters";
import { label } from "@/lib/format";

const areaLabel = (a: string) => AREAS.find((x) => x.id === a)?.title ?? label(a);

/** Every facet value's matching ids come from the content query module, so site and API agree. */
export function therapyFacets(): Facet[] {
  const countries = [...new Set(atlas().dataset.therapies.flatMap((t) => t.countries))]
    .map((id) => ({ id, name: atlas().nameOf("countries", id) || id }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return [
    {
      name: "area",
      label: "Area",
      options: Area.options.map((v) => ({ value: v, label: areaLabel(v), ids: idsMatching("therapies", { area: v }) })),
    },
    {
      name: "modality",
      label: "Modality",
      options: Modality.options.map((v) => ({
        value: v,
        label: label(v),
        ids: idsMatching("therapies", { modality: v }),
      })),
    },
    {
      name: "country",
      label: "Country",
      options: countries.map((c) => ({ value: c.id, label: c.name, ids: idsMatching("therapies", { country: c.id }) })),
    },
    {
      name: "stage",
      label: "Stage",
      options: Stage.options.map((v) => ({ value: v, label: label(v), ids: idsMatching("therapies", { stage: v }) })),
    },
    {
      name: "status",
      label: "Status",
      options: Status.options.map((v) => ({ value: v, label: label(v), ids: idsMatching("therapies", { status: v }) })),
    },
  ];
}

export function eventFacets(): Facet[] {
  const events = atlas().dataset.events;
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))].sort().reverse();
  const countries = [...new Set(events.flatMap((e) => e.countries))]
    .map((id) => ({ id, name: atlas().nameOf("countries", id) || id }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return [
    {
      name: "year",
      label: "Year",
      options: years.map((y) => ({ value: y, label: y, ids: idsMatching("events", { from: y, to: y }) })),
    },
    {
      name: "country",
      label: "Country",
      options: countries.map((c) => ({ value: c.id, label: c.name, ids: idsMatching("events", { country: c.id }) })),
    },
    {
      name: "kind",
      label: "Kind",
      options: EventKind.options.map((v) => ({ value: v, label: label(v), ids: idsMatching("events", { kind: v }) })),
    },
  ];
}
