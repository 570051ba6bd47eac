import type { Atlas, ChangeLog } from "@cell-atlas/content";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { textResponse } from "../http/body.ts";

/** What every route module needs; passed in by createApp, never imported as a singleton. */
export interface RouteDeps {
  atlas: Atlas;
  /** The committed data releases and their changes. */
  changes: ChangeLog;
  dataVersion: string;
}

export type ApiApp = OpenAPIHono;

export const json = (body: unknown, headers: Record<string, string> = {}, status = 200): Response =>
  textResponse(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
