import type { Locale } from "@cell-atlas/content/i18n";
import type { Messages } from "./en";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
