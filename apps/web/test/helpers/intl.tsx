import type { Locale } from "@cell-atlas/content/i18n";
import { createTranslator, NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { messagesFor } from "@/i18n/messages";

/**
 * Rendering pages outside Next.js. Components read messages through next-intl's hooks, which
 * work in a plain React render inside its provider. Pages use next-intl's server functions, which
 * only exist inside Next's server runtime; tests replace that one library module with this one,
 * built on next-intl's own `createTranslator` over the real catalogues:
 *   vi.mock("next-intl/server", async () => (await import("./helpers/intl")).intlServer);
 */
let current: Locale = "en";

export const intlServer = {
  setRequestLocale(locale: Locale) {
    current = locale;
  },
  async getLocale() {
    return current;
  },
  async getTranslations(arg?: string | { locale?: Locale; namespace?: string }) {
    const { locale = current, namespace } = typeof arg === "string" ? { namespace: arg } : (arg ?? {});
    return createTranslator({
      locale,
      messages: messagesFor(locale),
      namespace: namespace as never,
      timeZone: "UTC",
      onError(error) {
        throw error;
      },
    });
  },
};

/** The element inside next-intl's provider, with the real catalogue of the locale. */
export function withIntl(element: ReactNode, locale: Locale = current): ReactNode {
  current = locale;
  return (
    <NextIntlClientProvider
      locale={locale}
      messages={messagesFor(locale)}
      timeZone="UTC"
      onError={(error) => {
        throw error;
      }}
    >
      {element}
    </NextIntlClientProvider>
  );
}
