import { z } from "zod";
import { CONNECTOR_SCHEDULES } from "@/lib/db/schema/knowledge-connectors";
import { classificationSchema, languageChoiceSchema } from "../input-schemas";
import { MAX_PAGE_LIMIT } from "./website/limits";

/** What an editor sends to add or change a connector, with readable errors (shared by the actions). */
export const connectorUrlSchema = z.url({ protocol: /^https?$/, error: "Enter a full http(s) URL" }).max(2_000);
export const connectorNameSchema = z.string().trim().min(1, "Name the connector").max(100);
export const connectorScheduleSchema = z.enum(CONNECTOR_SCHEDULES, { error: "Choose how often to sync" });

const patternList = z
  .string()
  .max(4_000)
  .optional()
  .transform((value) => (value ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean).slice(0, 50));

export const websiteConnectorInput = {
  name: connectorNameSchema,
  url: connectorUrlSchema,
  schedule: connectorScheduleSchema,
  /** One pattern per line, `*` for any characters (e.g. `/blog/*`). */
  include: patternList,
  exclude: patternList,
  pageLimit: z.coerce.number().int().min(1, "At least one page").max(MAX_PAGE_LIMIT, `At most ${MAX_PAGE_LIMIT} pages`).default(200),
  classification: classificationSchema,
  language: languageChoiceSchema,
};

export const feedUrlConnectorInput = {
  name: connectorNameSchema,
  url: connectorUrlSchema,
  schedule: connectorScheduleSchema,
  classification: classificationSchema,
  language: languageChoiceSchema,
};
