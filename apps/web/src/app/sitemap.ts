import type { MetadataRoute } from "next";
import { builtLocales, localePath } from "@/i18n/locales";
import { AREAS } from "@/lib/areas";
import { atlas } from "@/lib/data";
import { languageAlternates, SITE_URL } from "@/lib/site";

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
  // Every page in every language, each naming its siblings in the others (hreflang).
  const absolute = (path: string) => `${SITE_URL}${path}`;
  return builtLocales().flatMap((locale) =>
    paths.map((p) => ({
      url: absolute(localePath(locale, p)),
      alternates: {
        languages: Object.fromEntries(Object.entries(languageAlternates(p)).map(([l, path]) => [l, absolute(path)])),
      },
    })),
  );
}
