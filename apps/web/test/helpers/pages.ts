import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { OUT } from "./browser";

/** The first record page a collection has in this build, whatever the dataset holds. */
export function firstRecordPath(collection: string): string {
  const dir = join(OUT, collection);
  const id = readdirSync(dir, { withFileTypes: true }).find(
    (d) => d.isDirectory() && existsSync(join(dir, d.name, "index.html")),
  )?.name;
  if (!id) throw new Error(`no record page under ${dir}`);
  return `/${collection}/${id}/`;
}

/** One URL per page type. */
export function pageTypes(): Record<string, string> {
  return {
    home: "/",
    area: "/areas/cancer/",
    therapies: "/therapies/",
    therapy: firstRecordPath("therapies"),
    organizations: "/organizations/",
    organization: firstRecordPath("organizations"),
    countries: "/countries/",
    country: firstRecordPath("countries"),
    trials: "/trials/",
    trial: firstRecordPath("trials"),
    timeline: "/timeline/",
    changes: "/changes/",
    search: "/search/?q=ALS",
    about: "/about/",
    contribute: "/contribute/",
    data: "/data/",
    "404": "/no-such-page/",
  };
}
