import type { MetadataRoute } from "next";
import { AREAS } from "@/lib/areas";
import { atlas } from "@/lib/data";
import { SITE_URL } from "@/lib/site";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const a = atlas();
  const paths = [
    "/",
    ...AREAS.map((x) => `/areas/${x.id}/`),
    "/therapies/",
    "/organizations/",
    "/countries/",
    "/trials/",
    "/timeline/",
    "/changes/",
    "/search/",
    "/about/",
    "/contribute/",
    "/data/",
    ...(["therapies", "organizations", "countries", "trials"] as const).flatMap((c) =>
      a.ids(c).map((id) => `/${c}/${id}/`),
    ),
  ];
  return paths.map((p) => ({ url: `${SITE_URL}${p}` }));
}
