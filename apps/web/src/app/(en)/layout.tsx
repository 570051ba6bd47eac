import { getDataset } from "@cell-atlas/content";
import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { formatDate } from "@/lib/format";
import { SITE_NAME, SITE_URL } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description:
    "An open, typed, sourced atlas of cell therapy programmes, trials, approvals and organizations in the member states of the Organisation of Islamic Cooperation.",
  applicationName: SITE_NAME,
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#14171c" },
  ],
};

const NAV = [
  { href: "/areas/cancer/", label: "Cancer" },
  { href: "/areas/autoimmune/", label: "Autoimmune" },
  { href: "/areas/regenerative/", label: "Regenerative" },
  { href: "/therapies/", label: "Therapies" },
  { href: "/organizations/", label: "Organizations" },
  { href: "/countries/", label: "Countries" },
  { href: "/trials/", label: "Trials" },
  { href: "/timeline/", label: "Timeline" },
  { href: "/changes/", label: "Changes" },
  { href: "/search/", label: "Search" },
];

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const { meta } = getDataset();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="wrap header-inner">
            <Link href="/" className="brand">
              {SITE_NAME}
            </Link>
            <nav aria-label="Main">
              <ul>
                {NAV.map((n) => (
                  <li key={n.href}>
                    <Link href={n.href}>{n.label}</Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <nav aria-label="About the atlas">
              <ul>
                <li>
                  <Link href="/about/">Methodology</Link>
                </li>
                <li>
                  <Link href="/contribute/">Contribute</Link>
                </li>
                <li>
                  <Link href="/data/">Data and API</Link>
                </li>
              </ul>
            </nav>
            <p>
              Data version {meta.dataVersion}, generated {formatDate(meta.generatedAt.slice(0, 10))}. Data licence:{" "}
              <a href={meta.licenseUrl} rel="license noopener noreferrer">
                {meta.license}
              </a>
              . Every fact links to the public source it was read in; this is not medical advice.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
