import "server-only";
import { z } from "zod";
import { submitForReview } from "@/lib/assets/drafts/submit-for-review";
import { BriefInputSchema } from "@/lib/assets/generate/brief";
import { productKindRefusalMessage } from "@/lib/assets/generate/product-kinds";
import { ASSET_KINDS } from "@/lib/assets/schemas/asset-kind";
import { ASSET_STATES } from "@/lib/db/schema/assets";
import { AppError } from "@/lib/errors";
import { getAssetDetail, listReviewQueue } from "@/lib/review/queries";
import { defineMcpTool } from "../define-tool";
import { runGeneration } from "./run-generation";

const assetId = z.string().trim().min(1, "Give the asset id (ast_…)").max(64);
const iso = (date: Date | null) => (date ? date.toISOString() : null);
const assetPath = (slug: string, id: string) => `/${slug}/assets/${id}`;

const draftSchema = z.object({
  kind: z.enum(ASSET_KINDS),
  assetId: z.string(),
  version: z.number().int(),
  path: z.string().describe("The asset's page in Brandpilot, relative to the instance URL."),
  content: z.record(z.string(), z.unknown()).describe("The draft as saved (fields depend on the kind)."),
  valid: z.boolean().describe("False when the platform checks (lengths, required fields, claims) found errors."),
  errors: z.number().int(),
  warnings: z.number().int(),
  complianceScore: z.number().int().nullable(),
  model: z.string().nullable(),
  isBestEffort: z.boolean(),
});

/**
 * The same pipeline as POST /api/v1/assets/generate and the Generate page (streamAssetGeneration):
 * one draft per asset kind, saved to the library. MCP answers once, so the stream is collected.
 */
export const generateAssetTool = defineMcpTool({
  name: "generate_asset",
  title: "Generate marketing assets from a brief",
  description:
    "Writes one draft per asset kind (SEO page, Google RSA, Meta ad, e-mail, social posts, …) about a product of the feed or a topic, grounded in the knowledge base and checked against the brand rules and platform limits. Drafts are saved to the asset library. Spends model budget. Pass the same requestId again to get the drafts of an earlier call instead of new ones.",
  input: BriefInputSchema.extend({
    requestId: z.uuid("requestId must be a UUID").optional().describe("Idempotency key: a retried call with the same id returns the drafts it already made."),
  }),
  output: z.object({
    drafts: z.array(draftSchema),
    failed: z.array(z.object({ kind: z.enum(ASSET_KINDS), code: z.string(), message: z.string() })).describe("Asset kinds that could not be generated, with the reason."),
  }),
  async handler({ input, ctx, signal }) {
    const { requestId, ...brief } = input;
    const refusal = productKindRefusalMessage(brief);
    if (refusal) throw new AppError("invalid_input", refusal);
    const events = await runGeneration(ctx, { brief, requestId: requestId ?? null, signal });
    const drafts = events.results.map((result) => ({
      kind: result.kind,
      assetId: result.assetId,
      version: result.version,
      path: assetPath(ctx.membership.slug, result.assetId),
      content: (result.content ?? {}) as Record<string, unknown>,
      valid: result.validation.valid,
      errors: result.validation.counts.errors,
      warnings: result.validation.counts.warnings,
      complianceScore: result.compliance?.score ?? null,
      model: result.model,
      isBestEffort: result.isBestEffort,
    }));
    const failed = events.errors.map((error) => ({ kind: error.kind, code: error.error.code, message: error.error.message }));
    ctx.audit.detail({ channels: brief.assetKinds, assetIds: drafts.map((d) => d.assetId), failed: failed.map((f) => f.kind) });
    // Nothing was made: a tool error with the reasons, not an empty success.
    if (drafts.length === 0) throw new AppError(failed[0]?.code === "budget_exhausted" ? "budget_exhausted" : "unavailable", failed.length > 0 ? { key: "mcp.generationFailed", params: { failures: failed.map((f) => `${f.kind}: ${f.message}`).join(" ") } } : { key: "mcp.nothingGenerated" });
    const lines = drafts.map((d) => `- ${d.kind}: ${d.assetId} v${d.version}, ${d.valid ? "valid" : `${d.errors} error(s)`}${d.complianceScore === null ? "" : `, compliance ${d.complianceScore}/100`} (${d.path})`);
    const failures = failed.map((f) => `- ${f.kind} failed: ${f.message}`);
    return { data: { drafts, failed }, text: [`Generated ${drafts.length} draft(s):`, ...lines, ...failures].join("\n") };
  },
});

/** The same asset as GET /api/v1/assets/{id} and the asset page. */
export const getAssetTool = defineMcpTool({
  name: "get_asset",
  title: "Get an asset",
  description: "One asset of the library with its state, the current (or a given) version's content, validation and compliance score.",
  input: z.object({ assetId, version: z.number().int().min(1).optional().describe("A version number; default: the current version.") }),
  output: z.object({
    id: z.string(),
    title: z.string(),
    kind: z.enum(ASSET_KINDS),
    state: z.enum(ASSET_STATES),
    language: z.string(),
    path: z.string(),
    currentVersion: z.number().int(),
    publishedVersion: z.number().int().nullable(),
    version: z.number().int(),
    content: z.record(z.string(), z.unknown()),
    valid: z.boolean(),
    errors: z.number().int(),
    warnings: z.number().int(),
    complianceScore: z.number().int().nullable(),
    openComments: z.number().int(),
    updatedAt: z.string(),
  }),
  async handler({ input, ctx }) {
    ctx.audit.target("asset", input.assetId);
    const { asset, version } = await getAssetDetail(ctx.db, { workspaceId: ctx.membership.workspaceId, assetId: input.assetId, version: input.version });
    const validation = version.validation as { valid?: boolean; counts?: { errors?: number; warnings?: number } } | null;
    const data = {
      id: asset.id,
      title: asset.title,
      kind: asset.kind,
      state: asset.state,
      language: asset.language,
      path: assetPath(ctx.membership.slug, asset.id),
      currentVersion: asset.currentVersion,
      publishedVersion: asset.publishedVersion,
      version: version.number,
      content: version.content as Record<string, unknown>,
      valid: validation?.valid ?? false,
      errors: validation?.counts?.errors ?? 0,
      warnings: validation?.counts?.warnings ?? 0,
      complianceScore: version.compliance?.score ?? null,
      openComments: Number(asset.openComments),
      updatedAt: asset.updatedAt.toISOString(),
    };
    return { data, text: `${asset.title} (${asset.kind}, ${asset.state}), version ${version.number} of ${asset.currentVersion}.` };
  },
});

const QUEUE_LIMIT = 50;

/** The Review page's queue: assets in review, the one waiting longest first. */
export const listReviewQueueTool = defineMcpTool({
  name: "list_review_queue",
  title: "List the review queue",
  description: `Assets waiting for review, the one waiting longest first (at most ${QUEUE_LIMIT}), optionally filtered by kind or language.`,
  input: z.object({ kind: z.enum(ASSET_KINDS).optional(), language: z.enum(["de", "en"]).optional() }),
  output: z.object({
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        kind: z.enum(ASSET_KINDS),
        language: z.string(),
        author: z.string(),
        version: z.number().int(),
        submittedAt: z.string().nullable(),
        valid: z.boolean().nullable(),
        openComments: z.number().int(),
        path: z.string(),
      }),
    ),
    truncated: z.boolean().describe(`True when more than ${QUEUE_LIMIT} assets wait; filter by kind or language to see the rest.`),
  }),
  async handler({ input, ctx }) {
    const rows = await listReviewQueue(ctx.db, { workspaceId: ctx.membership.workspaceId, filters: { kind: input.kind, language: input.language }, limit: QUEUE_LIMIT + 1 });
    const items = rows.slice(0, QUEUE_LIMIT).map((row) => ({
      id: row.id,
      title: row.title,
      kind: row.kind,
      language: row.language,
      author: row.authorName,
      version: row.currentVersion,
      submittedAt: iso(row.submittedAt),
      valid: row.isValid,
      openComments: Number(row.openComments),
      path: assetPath(ctx.membership.slug, row.id),
    }));
    ctx.audit.detail({ results: items.length });
    const text = items.length === 0 ? "Nothing is waiting for review." : [`${items.length} asset(s) waiting for review:`, ...items.map((i) => `- ${i.id} ${i.title} (${i.kind}) by ${i.author}`)].join("\n");
    return { data: { items, truncated: rows.length > QUEUE_LIMIT }, text };
  },
});

/** The same transition as POST /api/v1/assets/{id}/submit and "Submit for review" in the UI. */
export const submitForReviewTool = defineMcpTool({
  name: "submit_for_review",
  title: "Submit an asset for review",
  description:
    "Hands a draft (or an asset with requested changes) to the editors' review queue. Refused when its compliance score is below the workspace's minimum to submit; marketers submit only their own assets.",
  input: z.object({ assetId }),
  output: z.object({ assetId: z.string(), state: z.literal("in_review"), version: z.number().int(), complianceScore: z.number().int().nullable() }),
  async handler({ input, ctx }) {
    ctx.audit.target("asset", input.assetId);
    const result = await submitForReview(ctx.db, { workspaceId: ctx.membership.workspaceId, assetId: input.assetId, userId: ctx.actor.id, role: ctx.membership.role });
    ctx.audit.detail({ version: result.version, complianceScore: result.complianceScore });
    return { data: { assetId: input.assetId, ...result }, text: `Asset ${input.assetId} (version ${result.version}) is now in review.` };
  },
});
