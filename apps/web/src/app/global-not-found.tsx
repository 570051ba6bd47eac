import { directionOf, LOCALE_NAMES } from "@cell-atlas/content/i18n";
import type { Metadata } from "next";
import { builtLocales, localePath } from "@/i18n/locales";
import { SITE_NAME } from "@/lib/site";
import "./globals.css";

const description = "This page does not exist in the Cell Therapy Atlas.";
export const metadata: Metadata = {
  title: `Page not found · ${SITE_NAME}`,
  description,
  robots: { index: false },
  openGraph: { title: "Page not found", description, siteName: SITE_NAME, type: "website" },
};

/**
 * The one 404 page of the static site, served for a missing address in any language, so it
 * offers every language's home page.
 */
export default function GlobalNotFound() {
  const others = builtLocales().filter((l) => l !== "en");
  return (
    <html lang="en" dir="ltr">
      <body>
        <main id="main" className="wrap" tabIndex={-1}>
          <h1>Page not found</h1>
          <p>
            There is no page at this address. Records keep their ids, so an old link may point to a record that was
            removed.
          </p>
          <ul>
            <li>
              <a href="/">Home</a>
            </li>
            <li>
              <a href="/search/">Search the atlas</a>
            </li>
            <li>
              <a href="/therapies/">All therapies</a>
            </li>
          </ul>
          {others.length > 0 ? (
            <nav aria-label="Other languages">
              <ul className="inline-list">
                {/* Only the languages this build wrote (ATLAS_LOCALES may build fewer): no dead links. */}
                {others.map((l) => (
                  <li key={l}>
                    <a href={localePath(l, "/")} lang={l} hrefLang={l} dir={directionOf(l)}>
                      {LOCALE_NAMES[l]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </main>
      </body>
    </html>
  );
}
