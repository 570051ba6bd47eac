import { ENUM_LABELS, LOCALES, negotiateLocale } from "@cell-atlas/content/i18n";
import { createRoute, z } from "@hono/zod-openapi";
import { problemHook } from "../../http/request.ts";
import { cacheHeaders, problemResponses } from "../../openapi/responses.ts";
import { type ApiApp, json, type RouteDeps } from "../deps.ts";

export const LabelsQuery = z.strictObject({
  lang: z
    .enum(LOCALES)
    .optional()
    .openapi({
      description: `The language of the labels. Without it, the request's Accept-Language picks one of ${LOCALES.join(", ")} (English if none fits).`,
      example: "fa",
    }),
});

const LabelGroup = z.record(z.string(), z.string());
export const LabelsResponse = z
  .object({
    data: z.record(z.string(), LabelGroup).openapi({
      description:
        "For each enum (area, modality, stage, status, trialStatus, phase, evidence, …) a label for every value the records use.",
    }),
    meta: z.object({ lang: z.enum(LOCALES), dataVersion: z.string() }),
  })
  .openapi("Labels");

export const labelsRoute = createRoute({
  method: "get",
  path: "/v1/labels",
  operationId: "labels",
  tags: ["meta"],
  summary: "The human labels of every enum value, in one of the site's languages",
  description:
    "Records carry enum values (`car-t`, `phase-1-2`, `active-not-recruiting`); this gives their labels in English, Arabic, Persian, Turkish, Indonesian or French, so a client can show them as the site does. `?lang=` wins over `Accept-Language`; the response names its language in `Content-Language`.",
  request: { query: LabelsQuery },
  responses: {
    200: {
      description: "The labels.",
      headers: cacheHeaders,
      content: { "application/json": { schema: LabelsResponse } },
    },
    ...problemResponses,
  },
});

export function registerLabels(app: ApiApp, deps: RouteDeps): void {
  app.openapi(
    labelsRoute,
    (c) => {
      const { lang } = c.req.valid("query");
      const locale = lang ?? negotiateLocale(c.req.header("accept-language"));
      return json(
        { data: ENUM_LABELS[locale], meta: { lang: locale, dataVersion: deps.dataVersion } },
        { "content-language": locale, ...(lang ? {} : { vary: "Accept-Language" }) },
      );
    },
    problemHook(LabelsQuery),
  );
}
