import { type Atlas, getDataset } from "@cell-atlas/content";
import { type Api, createApp } from "../src/app.ts";
import { readDocsScript } from "../src/server.ts";

export const dataset = getDataset();

let shared: Api | undefined;

/** The real app over the real dataset, rate limit off; shared so its response cache is exercised. */
export function testApi(): Api {
  shared ??= createApp({ rateLimit: false, docsScript: readDocsScript() });
  return shared;
}

export function freshApi(atlas?: Atlas): Api {
  return createApp({ rateLimit: false, ...(atlas ? { atlas } : {}) });
}

export async function get(path: string, headers: Record<string, string> = {}, api = testApi()) {
  const res = await api.app.request(path, { headers });
  const text = await res.text();
  return { res, status: res.status, text, body: parseBody(text) };
}

/** JSON bodies stay untyped (as JSON.parse gives them) so tests can poke at any field. */
function parseBody(text: string) {
  try {
    return JSON.parse(text || "null");
  } catch {
    return undefined;
  }
}

export const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);
