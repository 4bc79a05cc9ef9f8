import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { knowledgeSources } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

/** `externalId`: the product's id in the shop's feed, which a supplemental feed row is keyed by. */
export type BriefProduct = { id: string; title: string; url: string | null; category: string | null; externalId: string | null };

/** The brief's product from this workspace's feed, or null for a page about a topic. */
export async function loadProduct(db: Database, workspaceId: string, productSourceId: string | null): Promise<BriefProduct | null> {
  if (!productSourceId) return null;
  const [product] = await db
    .select({ id: knowledgeSources.id, title: knowledgeSources.title, url: knowledgeSources.canonicalUrl, category: knowledgeSources.category, externalId: knowledgeSources.externalId, classification: knowledgeSources.classification, status: knowledgeSources.status })
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.workspaceId, workspaceId), eq(knowledgeSources.id, productSourceId), eq(knowledgeSources.kind, "product"), eq(knowledgeSources.origin, "product_feed")));
  // Another workspace's product, a retired one, or a confidential one all look the same: not there.
  if (!product || product.status === "retired" || product.classification === "confidential") throw new AppError("not_found", { key: "assets.productNotWorkspaceS" });
  return product;
}
