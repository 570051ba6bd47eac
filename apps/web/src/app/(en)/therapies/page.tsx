import { EvidenceLegend } from "@/components/Evidence";
import { FilterForm } from "@/components/FilterForm";
import { TherapyList } from "@/components/TherapyList";
import { listAll } from "@/lib/data";
import { therapyFacets } from "@/lib/facets";
import { pageMetadata } from "@/lib/site";

export const metadata = pageMetadata({
  title: "Therapies",
  description:
    "Every cell therapy programme and product in the atlas, filterable by area, modality, country, stage, status and evidence.",
  path: "/therapies/",
});

export default function TherapiesPage() {
  const therapies = listAll("therapies");
  return (
    <>
      <h1>Therapies</h1>
      <p className="lead">
        Cell therapy programmes and products, with how far each indication got. Filters are kept in the address, so a
        filtered view can be shared.
      </p>
      <FilterForm
        action="/therapies/"
        facets={therapyFacets()}
        noun="therapies"
        total={therapies.length}
        searchCollection="therapies"
      />
      <EvidenceLegend />
      {therapies.length === 0 ? <p className="empty">No therapies recorded yet.</p> : null}
      <TherapyList therapies={therapies} filterable />
    </>
  );
}
