import { z } from "zod";

// Dates live apart from the record schemas so that query parameters (events from/to) can use
// them without building every record schema.

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The yaml package turns an unquoted 2024-02-30 into a string but 2024-01-05 into a string too
 * (we parse with the core schema, no timestamps), so dates always arrive here as strings.
 */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((s) => {
    const [y, m, d] = s.split("-").map(Number) as [number, number, number];
    return isRealDate(y, m, d);
  }, "is not a real calendar date");

/** A date whose precision is kept: a year, a month or a day. */
const PartialDateText = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((s) => {
    const [y, m = 1, d = 1] = s.split("-").map(Number) as [number, number?, number?];
    return m >= 1 && m <= 12 && isRealDate(y, m, d);
  }, "is not a real calendar date");

/** Authors may write a bare year unquoted (`published: 2021`); it is published as the string "2021". */
export const PartialDate = z.union([z.string(), z.number().int().transform(String)]).pipe(PartialDateText);
