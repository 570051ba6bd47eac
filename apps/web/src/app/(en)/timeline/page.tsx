import { EventList } from "@/components/EventList";
import { EvidenceLegend } from "@/components/Evidence";
import { FilterForm } from "@/components/FilterForm";
import { listAll } from "@/lib/data";
import { eventFacets } from "@/lib/facets";
import { pageMetadata } from "@/lib/site";

export const metadata = pageMetadata({
  title: "Timeline",
  description:
    "Dated milestones of cell therapy in OIC states: firsts, approvals, trial starts and results, facilities, regulation, funding, agreements, corporate changes, milestones and setbacks.",
  path: "/timeline/",
});

export default function TimelinePage() {
  const events = listAll("events");
  return (
    <>
      <h1>Timeline</h1>
      <p className="lead">
        Every dated milestone in the atlas, newest first. Dates keep the precision of their sources: a year, a month or
        a day.
      </p>
      <FilterForm action="/timeline/" facets={eventFacets()} noun="events" total={events.length} />
      <EvidenceLegend />
      {events.length === 0 ? <p className="empty">No events recorded yet.</p> : null}
      <EventList events={events} headingLevel={2} withAnchors filterable />
    </>
  );
}
