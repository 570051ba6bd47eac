/** Interface languages and the labels of every enum in each: shared by the site, the API and the CLI. */
export { ENUM_LABELS, type EnumLabels, type EnumName, enumLabel, enumLabels } from "./labels/index.ts";
export {
  DEFAULT_LOCALE,
  directionOf,
  isLocale,
  LOCALE_NAMES,
  LOCALES,
  type Locale,
  NAME_LANGUAGES,
  type NameLanguage,
  negotiateLocale,
  RTL_LOCALES,
} from "./locales.ts";
