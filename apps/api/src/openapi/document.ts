import { EvidenceLevel, PublishedClaim, PublishedFigure, Source } from "@cell-atlas/content";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";

/**
 * Parts every record shares, named so the document refers to one component instead of repeating
 * it. They are content's own schema objects, so the name is attached to them in zod's registry
 * (adding the name with .meta() would make a copy the record schemas do not use).
 */
function nameSharedParts(): void {
  const parts = { Source, Claim: PublishedClaim, Figure: PublishedFigure, EvidenceLevel };
  for (const [id, schema] of Object.entries(parts)) {
    const meta = z.globalRegistry.get(schema);
    if (meta?.id !== id) z.globalRegistry.add(schema, { ...meta, id });
  }
}

/** OpenAPI 3.1 from the routes' zod schemas; stable across data changes so it can be snapshotted. */
export function openapiDocument(app: OpenAPIHono) {
  nameSharedParts();
  return app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: "Cell Therapy Atlas API",
      version: "1.3.0",
      description: [
        "An open, typed, sourced atlas of cell therapy in OIC member states. Read-only JSON (and CSV) over its dataset. Every record carries its sources.",
        "",
        "- Lists page with `limit` (1–100, default 20) and an opaque `cursor`; `meta.nextCursor` and the `Link` header point to the next page.",
        "- Errors are `application/problem+json` (RFC 9457); `detail` names the parameter and what it accepts, `param`/`allowed`/`errors` say the same for programs.",
        "- Every response has an `ETag`; send `If-None-Match` for a 304. CORS is open for GET.",
        "- Stability: within /v1 fields and parameters are only added, never removed or renamed.",
      ].join("\n"),
      license: { name: "Data CC-BY-4.0; code MIT", url: "https://creativecommons.org/licenses/by/4.0/" },
    },
    servers: [{ url: "/", description: "This server" }],
    tags: [
      { name: "therapies", description: "Cell therapy programmes and products." },
      { name: "organizations", description: "Who develops, makes, sponsors, gives or regulates them." },
      { name: "countries", description: "The 57 OIC member states, and other countries records name." },
      { name: "trials", description: "Registered clinical trials." },
      { name: "events", description: "The timeline." },
      { name: "search", description: "Full-text search across collections." },
      { name: "stats", description: "Counts for charts and summaries." },
      { name: "changes", description: "Data releases and what each changed." },
      { name: "dataset", description: "Bulk download." },
      { name: "meta", description: "Health of this instance." },
    ],
  });
}
