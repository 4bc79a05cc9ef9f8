import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { knowledgeChunks } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Asset } from "@/lib/assets/schemas/asset";
import type { AssetValidationContext } from "@/lib/assets/validate/validate-asset";
import { citedFields } from "@/lib/assets/validate/cited-fields";
import { loadBrandContext } from "@/lib/assets/generate/brand-context";

/**
 * The context to re-validate an edited asset: the brand's current rules and the text of every
 * chunk it cites. Retired chunks count too: a citation points at the version the claim was
 * checked against, which stays readable in the history.
 */
export async function loadValidationContext(db: Database, workspaceId: string, asset: Asset): Promise<AssetValidationContext> {
  const brand = await loadBrandContext(db, workspaceId);
  const ids = [...new Set(citedFields(asset).flatMap((field) => field.citations))];
  const rows = ids.length
    ? await db
        .select({ id: knowledgeChunks.id, text: knowledgeChunks.text })
        .from(knowledgeChunks)
        .where(and(eq(knowledgeChunks.workspaceId, workspaceId), inArray(knowledgeChunks.id, ids)))
    : [];
  return {
    chunks: new Map(rows.map((row) => [row.id, row.text])),
    knownUrls: new Set(brand.knownUrls.map((u) => u.url)),
    workspaceLanguages: brand.languages,
    brandRules: brand.rules,
  };
}
