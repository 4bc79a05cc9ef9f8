import { z } from "zod";
import { ASSET_KINDS } from "@/lib/assets/schemas/asset-kind";
import { ComplianceReportSchema, readComplianceReport } from "@/lib/assets/compliance/types";
import { ValidationReportSchema } from "@/lib/assets/validate/report-schema";
import { ASSET_STATES } from "@/lib/db/schema/assets";

/**
 * The REST contract of an asset as lists show it. Built from the library's row
 * (lib/review/queries.ts) so the API lists what the Assets page lists.
 */
export const assetSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(ASSET_KINDS),
  state: z.enum(ASSET_STATES),
  language: z.enum(["de", "en"]),
  campaignId: z.string().nullable(),
  productSourceId: z.string().nullable(),
  productTitle: z.string().nullable(),
  author: z.string().nullable().describe("Name (or e-mail) of the member who generated it."),
  currentVersion: z.number().int(),
  publishedVersion: z.number().int().nullable().describe("The version that went out; exports use it once set."),
  isValid: z.boolean().describe("The current version passes the platform's validation."),
  errors: z.number().int(),
  warnings: z.number().int(),
  complianceScore: z.number().int().nullable().describe("Share of the brand rules the current version passes (0–100); null when not scored."),
  openComments: z.number().int(),
  reviewRounds: z.number().int(),
  submittedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

type LibraryRow = {
  id: string;
  title: string;
  kind: string;
  state: (typeof ASSET_STATES)[number];
  language: "de" | "en";
  campaignId: string | null;
  productSourceId: string | null;
  productTitle: string | null;
  authorName: string | null;
  currentVersion: number;
  publishedVersion: number | null;
  isValid: boolean | null;
  errors: number | null;
  warnings: number | null;
  compliance: unknown;
  openComments: number;
  reviewRounds: number;
  submittedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export function toAssetSummary(row: LibraryRow): z.input<typeof assetSummarySchema> {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind as (typeof ASSET_KINDS)[number],
    state: row.state,
    language: row.language,
    campaignId: row.campaignId,
    productSourceId: row.productSourceId,
    productTitle: row.productTitle,
    author: row.authorName,
    currentVersion: row.currentVersion,
    publishedVersion: row.publishedVersion,
    isValid: Boolean(row.isValid),
    errors: Number(row.errors ?? 0),
    warnings: Number(row.warnings ?? 0),
    complianceScore: readComplianceReport(row.compliance)?.score ?? null,
    openComments: Number(row.openComments),
    reviewRounds: row.reviewRounds,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** One version's content and reports. */
export const assetVersionSchema = z.object({
  number: z.number().int(),
  content: z.record(z.string(), z.unknown()).describe("The asset, shaped by its kind (see the kind's schema in docs/asset-generation.md)."),
  validation: ValidationReportSchema,
  compliance: ComplianceReportSchema,
  omissions: z.array(z.object({ item: z.string(), reason: z.string() })).describe("What the brief asked for that the version leaves out, and why."),
  createdAt: z.iso.datetime(),
});

export const assetIdParams = z.object({ id: z.string().min(1).max(64) });
