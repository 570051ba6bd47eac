import { z } from "@hono/zod-openapi";
import { Problem } from "./schemas.ts";

const header = (description: string, example?: string) => ({
  description,
  schema: { type: "string" as const, ...(example ? { example } : {}) },
});

/** Headers every successful response carries. */
export const cacheHeaders = {
  ETag: header("Strong validator of the body; send it back in If-None-Match for a 304.", '"3f0c7a1b9d2e4f6a8b0c1d2e"'),
  "Cache-Control": header("How long caches may keep the response.", "public, max-age=300, stale-while-revalidate=3600"),
};

export const listHeaders = {
  ...cacheHeaders,
  Link: header(
    'The next page, when there is one (RFC 8288), relative to the request URL: </v1/therapies?cursor=…>; rel="next"',
  ),
  "X-Total-Count": header("Records matching the filters, over all pages (CSV responses carry it here).", "42"),
};

const problemContent = { "application/problem+json": { schema: Problem } };

export const problemResponses = {
  304: { description: "Not modified: the ETag in If-None-Match still matches.", headers: cacheHeaders },
  400: {
    description: "A parameter is unknown, repeated, out of range or not an allowed value; `detail` says which.",
    content: problemContent,
  },
  429: {
    description: "Rate limit reached; retry after the number of seconds in Retry-After.",
    headers: { "Retry-After": header("Seconds to wait before retrying.", "30") },
    content: problemContent,
  },
} as const;

export const notFoundResponse = {
  description: "No record with this id; `suggestions` lists the closest ids.",
  content: problemContent,
};

export const movedResponse = {
  description: "The id was renamed; Location has the record's current URL.",
  headers: { Location: header("Current URL of the record.", "/v1/therapies/nurown") },
};

export const csvContent = {
  "text/csv": {
    schema: z.string().openapi({
      description: "RFC 4180 CSV with a header row, one row per record; list fields joined with '; '.",
      example: "id,name,aliases\r\nnurown,NurOwn,MSC-NTF; debamestrocel\r\n",
    }),
  },
};
