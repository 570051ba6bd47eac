/** Response formats a list can take. JSON unless the client asks for CSV. */
export type Format = "json" | "csv";

/**
 * `?format=` wins; otherwise the Accept header decides between JSON and CSV by q-value, with
 * JSON on ties, for wildcards and when Accept is absent.
 */
export function preferredFormat(accept: string | null | undefined): Format {
  if (!accept?.includes("csv")) return "json";
  let json = -1;
  let csv = -1;
  for (const part of accept.split(",")) {
    const [type = "", ...params] = part.trim().toLowerCase().split(";");
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    const weight = Number.isFinite(q) ? q : 0;
    if (type === "text/csv") csv = Math.max(csv, weight);
    else if (type === "application/json" || type === "*/*" || type === "application/*") json = Math.max(json, weight);
  }
  return csv > 0 && csv > json ? "csv" : "json";
}
