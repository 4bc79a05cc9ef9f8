import "server-only";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { knowledgeSources } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";

export type ProductOption = { id: string; title: string; category: string | null; url: string | null };

/** Products a marketer can brief on: from the feed, indexed, not retired, not confidential. */
export async function listProductOptions(db: Database, workspaceId: string, limit = 500): Promise<ProductOption[]> {
  return db
    .select({ id: knowledgeSources.id, title: knowledgeSources.title, category: knowledgeSources.category, url: knowledgeSources.canonicalUrl })
    .from(knowledgeSources)
    .where(
      and(
        eq(knowledgeSources.workspaceId, workspaceId),
        eq(knowledgeSources.kind, "product"),
        // Only accepted feed rows are products: a spec sheet uploaded with the product role is a document.
        eq(knowledgeSources.origin, "product_feed"),
        eq(knowledgeSources.status, "ready"),
        ne(knowledgeSources.classification, "confidential"),
        inArray(knowledgeSources.classification, ["public", "internal"]),
      ),
    )
    .orderBy(asc(knowledgeSources.category), asc(knowledgeSources.title))
    .limit(limit);
}
