import { directionOf, LOCALE_NAMES, type Locale } from "@cell-atlas/content/i18n";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/LanguageSwitcher";
import { formatDate } from "@/i18n/format";
import { Link } from "@/i18n/navigation";
import { atlas } from "@/lib/data";
import "../app/globals.css";

const NAV = [
  ["/areas/cancer/", "cancer"],
  ["/areas/autoimmune/", "autoimmune"],
  ["/areas/regenerative/", "regenerative"],
  ["/therapies/", "therapies"],
  ["/organizations/", "organizations"],
  ["/countries/", "countries"],
  ["/trials/", "trials"],
  ["/timeline/", "timeline"],
  ["/changes/", "changes"],
  ["/search/", "search"],
] as const;

/** The document around every page, in one locale: `<html lang dir>`, header, navigation, footer. */
export async function Shell({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const { meta } = atlas().dataset;
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t("skip")}
        </a>
        <header className="site-header">
          <div className="wrap header-inner">
            <Link href="/" className="brand">
              {t("siteName")}
            </Link>
            <nav aria-label={t("mainNav")}>
              <ul>
                {NAV.map(([href, key]) => (
                  <li key={href}>
                    <Link href={href}>{t(`nav.${key}`)}</Link>
                  </li>
                ))}
              </ul>
            </nav>
            {/* The switcher is a client component, so that the static render knows the page's path;
                the provider gives it the locale. No messages are passed, and no runtime ships. */}
            <NextIntlClientProvider locale={locale} messages={null}>
              <LanguageSwitcher label={t("language")} />
            </NextIntlClientProvider>
          </div>
          {locale !== "en" ? (
            <p className="wrap locale-notice">{t("englishNotice", { language: LOCALE_NAMES[locale] })}</p>
          ) : null}
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <nav aria-label={t("aboutNav")}>
              <ul>
                <li>
                  <Link href="/about/">{t("methodology")}</Link>
                </li>
                <li>
                  <Link href="/contribute/">{t("contribute")}</Link>
                </li>
                <li>
                  <Link href="/data/">{t("data")}</Link>
                </li>
              </ul>
            </nav>
            <p>
              {t.rich("footer", {
                version: meta.dataVersion,
                date: formatDate(meta.generatedAt.slice(0, 10), locale),
                license: () => (
                  <a href={meta.licenseUrl} rel="license noopener noreferrer" lang="en" dir="ltr">
                    {meta.license}
                  </a>
                ),
              })}
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
