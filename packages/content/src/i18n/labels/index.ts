import type { Locale } from "../locales.ts";
import { ar } from "./ar.ts";
import { en } from "./en.ts";
import { fa } from "./fa.ts";
import { fr } from "./fr.ts";
import { id } from "./id.ts";
import { tr } from "./tr.ts";
import type { EnumLabels, EnumName } from "./types.ts";

export type { EnumLabels, EnumName } from "./types.ts";

/** Every enum label in every interface language. */
export const ENUM_LABELS: Readonly<Record<Locale, EnumLabels>> = { en, ar, fa, tr, id, fr };

/**
 * The label of one enum value in one language. A value the catalogue does not know (a newer
 * dataset read by an older site) falls back to English, then to the value itself.
 */
export function enumLabel<E extends EnumName>(locale: Locale, name: E, value: string): string {
  const own = ENUM_LABELS[locale][name] as Readonly<Record<string, string>>;
  const english = ENUM_LABELS.en[name] as Readonly<Record<string, string>>;
  return own[value] ?? english[value] ?? value;
}

/** All labels of one enum in one language, e.g. for the API's `labels` object. */
export const enumLabels = <E extends EnumName>(locale: Locale, name: E): EnumLabels[E] => ENUM_LABELS[locale][name];
