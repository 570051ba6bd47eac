import countries from "i18n-iso-countries";

/**
 * world-atlas names countries by ISO 3166-1 numeric code ("682"); the dataset uses lower-case
 * alpha-2 ("sa"). Kosovo has no ISO code; "xk" is its common user-assigned one and has no shape.
 */
export function alpha2ToNumeric(id: string): string | undefined {
  return countries.alpha2ToNumeric(id.toUpperCase()) ?? undefined;
}
