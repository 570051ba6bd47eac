import { notFound } from "next/navigation";
import { atomResponse, buildFeed, countryFeedIds } from "@/lib/feeds";

// Written once at build into out/feeds/countries/<id>.xml, for each OIC member state with records.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  const ids = countryFeedIds();
  // Static export refuses a dynamic route with no params; the placeholder answers "not found".
  return ids.length > 0 ? ids.map((id) => ({ file: `${id}.xml` })) : [{ file: "none.xml" }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const id = file.replace(/\.xml$/, "");
  if (!countryFeedIds().includes(id)) notFound();
  return atomResponse(buildFeed({ country: id }));
}
