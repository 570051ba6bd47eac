import { hasLocale, IntlErrorCode } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "./messages";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: messagesFor(locale),
    timeZone: "UTC",
    // A key the English catalogue lacks is a bug in the page: fail the build instead of printing it.
    onError(error) {
      throw error;
    },
    getMessageFallback({ namespace, key, error }) {
      if (error.code === IntlErrorCode.MISSING_MESSAGE) throw new Error(`missing message ${namespace}.${key}`);
      return `${namespace}.${key}`;
    },
  };
});
