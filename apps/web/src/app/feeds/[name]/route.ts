import { notFound } from "next/navigation";
import { atomResponse, buildFeed, GENERAL_FEEDS } from "@/lib/feeds";

// Written once at build into out/feeds/<name>.xml: every change, new approvals and regulation, new trials.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return GENERAL_FEEDS.map((key) => ({ name: `${key}.xml` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const key = GENERAL_FEEDS.find((k) => `${k}.xml` === name);
  if (!key) notFound();
  return atomResponse(buildFeed(key));
}
