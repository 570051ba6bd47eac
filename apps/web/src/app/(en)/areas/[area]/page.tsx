import { type Area, stageOrder } from "@cell-atlas/content";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BarChart } from "@/components/BarChart";
import { EventList } from "@/components/EventList";
import { EvidenceLegend } from "@/components/Evidence";
import { TherapyList } from "@/components/TherapyList";
import { TrialTable } from "@/components/TrialTable";
import { AREAS, areaInfo } from "@/lib/areas";
import { atlas, listAll } from "@/lib/data";
import { label } from "@/lib/format";
import { pageMetadata } from "@/lib/site";

export const dynamicParams = false;
export function generateStaticParams() {
  return AREAS.map((a) => ({ area: a.id }));
}

type Props = { params: Promise<{ area: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const info = areaInfo((await params).area);
  if (!info) return { title: "Not found" };
  return pageMetadata({ title: `${info.title}: cell therapy`, description: info.intro, path: `/areas/${info.id}/` });
}

export default async function AreaPage({ params }: Props) {
  const info = areaInfo((await params).area);
  if (!info) notFound();
  const area: Area = info.id;
  const a = atlas();
  const s = a.stats().byArea.find((x) => x.key === area);
  const therapies = listAll("therapies", { area, sort: "-stage" });
  const organizations = listAll("organizations", { area });
  const countries = listAll("countries", { area });
  const trials = listAll("trials", { area });
  const events = a.list("events", { area, limit: 10 }).data;
  const stages = new Map<string, number>();
  for (const t of therapies)
    for (const st of new Set(t.indications.filter((i) => i.area === area).map((i) => i.stage)))
      stages.set(st, (stages.get(st) ?? 0) + 1);

  return (
    <>
      <p className="muted small">
        <Link href="/">Home</Link> › Areas
      </p>
      <h1>{info.title}</h1>
      <p className="lead">{info.intro}</p>
      <dl className="figures" aria-label={`${info.title} in figures`}>
        <div>
          <dt>Programmes</dt>
          <dd>{s?.therapies ?? 0}</dd>
        </div>
        <div>
          <dt>Countries</dt>
          <dd>{s?.countries ?? 0}</dd>
        </div>
        <div>
          <dt>Trials</dt>
          <dd>{s?.trials ?? 0}</dd>
        </div>
        <div>
          <dt>Approvals</dt>
          <dd>{s?.approvals ?? 0}</dd>
        </div>
      </dl>
      <p>
        <Link href={`/therapies/?area=${area}`}>Filter the therapy list by this area</Link> ·{" "}
        <Link href={`/trials/?area=${area}`}>Filter the trial list by this area</Link>
      </p>
      <EvidenceLegend />

      <h2 id="programmes">Programmes</h2>
      {therapies.length === 0 ? (
        <p className="empty">No programme in this area found in public sources yet.</p>
      ) : (
        <>
          <BarChart
            id="chart-stage"
            title={`${info.title}: indications by stage`}
            unit="Programmes"
            bars={[...stages]
              .sort(([x], [y]) => stageOrder(x) - stageOrder(y))
              .map(([k, v]) => ({ label: label(k), value: v }))}
          />
          <TherapyList therapies={therapies} area={area} headingLevel={3} />
        </>
      )}

      {countries.length > 0 ? (
        <>
          <h2 id="countries">Countries</h2>
          <ul className="link-list">
            {countries.map((c) => (
              <li key={c.id}>
                <Link href={`/countries/${c.id}/`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {organizations.length > 0 ? (
        <>
          <h2 id="organizations">Organizations</h2>
          <ul className="link-list">
            {organizations.map((o) => (
              <li key={o.id}>
                <Link href={`/organizations/${o.id}/`}>{o.name}</Link> <span className="muted">— {label(o.kind)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {trials.length > 0 ? (
        <>
          <h2 id="trials">Trials ({trials.length})</h2>
          <TrialTable trials={trials} name={`${info.title}: trials`} hide={["area"]} />
        </>
      ) : null}

      <h2 id="events">Latest events</h2>
      {events.length === 0 ? <p>No events recorded in this area yet.</p> : <EventList events={events} />}
    </>
  );
}
