import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/lib/db/types";
import { knowledgeSources } from "@/lib/db/schema";
import { generateAsset, type GeneratedAsset } from "@/lib/assets/generate/generate-asset";
import type { FeedImportResult } from "@/lib/knowledge/feeds/import-feed";
import { KIT_BRIEFS, type KitBrief } from "./kit/briefs";
import { spurwerkFacts } from "./kit/kit-facts";
import { KIT_PRODUCTS } from "./kit/product-feed";
import { runChecks } from "./checks/run-checks";
import type { CheckResult, EvalOutput } from "./checks/types";

export type BriefOutcome = { brief: KitBrief; model: string | null; checks: CheckResult[]; error: string | null };

export type BrandKitReport = {
  outcomes: BriefOutcome[];
  feed: Pick<FeedImportResult, "created" | "skippedRows" | "skippedCount">;
  /** Sources not ready after ingestion (a firewall hold, a failed parse), by title. */
  sourcesNotReady: { title: string; status: string; message: string | null }[];
};

const OmissionsSchema = z.array(z.object({ item: z.string(), reason: z.string() }));

/** Omission notes wherever the pipeline puts them (on the result or in the content); null when it reports none. */
function readOmissions(result: GeneratedAsset): EvalOutput["omissions"] {
  const candidates = [(result as unknown as Record<string, unknown>).omissions, (result.content as unknown as Record<string, unknown>).omissions];
  for (const candidate of candidates) {
    const parsed = OmissionsSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return null;
}

export function toEvalOutput(result: GeneratedAsset): EvalOutput {
  return {
    content: result.content,
    sources: result.sources.map((s) => ({ chunkId: s.chunkId, sourceId: s.sourceId, title: s.title, url: s.url, text: s.text })),
    omissions: readOmissions(result),
  };
}

/** A brief that did not generate fails every check it would have had: a crash is not a pass. */
function failedOutcome(brief: KitBrief, error: unknown): BriefOutcome {
  return { brief, model: null, checks: [{ id: "generation", passed: false, problems: [error instanceof Error ? error.message : String(error)] }], error: String(error) };
}

/**
 * Runs every brief of the Spurwerk kit through the public pipeline (generateAsset) in a workspace
 * seeded by seedBrandKit, and judges each asset with the kit's own checks.
 */
export async function runBrandKitEval(
  db: Database,
  options: { workspaceId: string; userId: string; feed: FeedImportResult },
): Promise<BrandKitReport> {
  const kit = spurwerkFacts();
  const outcomes: BriefOutcome[] = [];
  for (const brief of KIT_BRIEFS) {
    try {
      const product = brief.productId ? (KIT_PRODUCTS.find((p) => p.id === brief.productId) ?? null) : null;
      if (brief.productId && !product) throw new Error(`Brief ${brief.id}: product ${brief.productId} is not in the kit's feed`);
      let productSourceId: string | null = null;
      if (brief.productId) {
        const [source] = await db
          .select({ id: knowledgeSources.id })
          .from(knowledgeSources)
          .where(and(eq(knowledgeSources.workspaceId, options.workspaceId), eq(knowledgeSources.externalId, brief.productId)));
        if (!source) throw new Error(`Brief ${brief.id}: product ${brief.productId} was not imported`);
        productSourceId = source.id;
      }
      const result = await generateAsset(db, {
        workspaceId: options.workspaceId,
        userId: options.userId,
        role: "marketer",
        kind: brief.kind,
        brief: { productSourceId, topic: brief.topic, audience: brief.audience, goal: brief.goal, assetKinds: [brief.kind], language: brief.language, tone: brief.tone, keywords: brief.keywords },
      });
      const checks = runChecks({ brief, output: toEvalOutput(result), product, kit });
      outcomes.push({ brief, model: result.provenance.model, checks, error: null });
    } catch (error) {
      outcomes.push(failedOutcome(brief, error));
    }
  }
  const sources = await db
    .select({ title: knowledgeSources.title, status: knowledgeSources.status, message: knowledgeSources.statusMessage })
    .from(knowledgeSources)
    .where(eq(knowledgeSources.workspaceId, options.workspaceId));
  return {
    outcomes,
    feed: { created: options.feed.created, skippedRows: options.feed.skippedRows, skippedCount: options.feed.skippedCount },
    sourcesNotReady: sources.filter((s) => s.status !== "ready").map((s) => ({ title: s.title, status: s.status, message: s.message })),
  };
}
