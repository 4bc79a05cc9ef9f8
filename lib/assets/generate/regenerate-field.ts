import "server-only";
import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { assetVersions } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { redactPersonalData } from "@/lib/ai/redact";
import { placeholdersIn, RedactionSession, restorePlaceholders } from "@/lib/privacy/pii/redact";
import { buildRewriteFieldPrompt } from "@/lib/ai/tasks/rewrite-field/prompt";
import { runRewriteField } from "@/lib/ai/tasks/rewrite-field/run";
import { ASSET_SCHEMAS, type Asset } from "@/lib/assets/schemas/asset";
import type { CitedText } from "@/lib/assets/schemas/cited-text";
import type { SourcePassage } from "@/lib/assets/schemas/source-passage";
import { validateAsset } from "@/lib/assets/validate/validate-asset";
import type { ValidationReport } from "@/lib/assets/validate/types";
import { loadAssetForChange, loadCurrentContent } from "@/lib/assets/drafts/edit-asset";
import { loadValidationContext } from "@/lib/assets/drafts/validation-context";
import { parseStoredBrief } from "./brief";
import { citedTextAt, fieldLimit, withCitedTextAt } from "./field-paths";
import { prepareGeneration } from "./prepare-generation";
import { toPassage } from "./source-passages";

export type RegeneratedField = { path: string; field: CitedText; validation: ValidationReport; sources: SourcePassage[]; model: string };

/**
 * Regenerates one field of an asset being edited: the same brief and retrieval as the asset's
 * generation, a "rewrite-field" call for just that field (with its limit), and the whole asset
 * validated with the new text in place. Nothing is saved: the text lands in the editor, and the
 * person saves it like any edit.
 */
export async function regenerateField(
  db: Database,
  options: { workspaceId: string; assetId: string; userId: string; role: Role; path: string; content: unknown },
): Promise<RegeneratedField> {
  const asset = await loadAssetForChange(db, options);
  const parsed = ASSET_SCHEMAS[asset.kind].safeParse(options.content);
  if (!parsed.success) throw new AppError("invalid_input", { key: "assets.editedContentNotValid", params: { kind: asset.kind } });
  const content = parsed.data as Asset;
  const current = citedTextAt(content, options.path);
  if (!current) throw new AppError("invalid_input", { key: "assets.notTextFieldWith", params: { path: options.path } });

  const [generated] = await db
    .select({ provenance: assetVersions.provenance })
    .from(assetVersions)
    .where(and(eq(assetVersions.assetId, asset.id), isNotNull(assetVersions.provenance)))
    .orderBy(desc(assetVersions.version))
    .limit(1);
  const brief = parseStoredBrief(generated?.provenance?.brief);
  if (!brief.success) throw new AppError("invalid_input", { key: "assets.assetWasNotGenerated" });

  const prepared = await prepareGeneration(db, { workspaceId: options.workspaceId, role: options.role, brief: brief.data, kind: asset.kind });
  const max = fieldLimit(asset.kind, options.path);
  // The current text comes from the editor, where anything may have been typed (or a contact's
  // name restored at generation). Its values get placeholders the stored, redacted brief does not
  // use, so the model's echo of one maps back to this field's value and no other.
  const session = new RedactionSession({
    keep: [prepared.promptBrief.product?.title, prepared.promptBrief.brandName].filter((k): k is string => Boolean(k)),
    reserved: placeholdersIn(JSON.stringify(brief.data)),
  });
  const { text: currentText } = redactPersonalData(current.text, { session });
  const field = { path: options.path, label: options.path, currentText, max };
  const prompt = buildRewriteFieldPrompt({ kind: asset.kind, promptBrief: prepared.promptBrief, chunks: prepared.chunks, field });
  const rewritten = await runRewriteField(db, {
    workspaceId: options.workspaceId,
    userId: options.userId,
    instructions: prepared.instructions,
    prompt,
    quotesPersonalData: prepared.chunks.some((c) => c.holdsPersonalData),
  });
  if (rewritten.field.text.trim() === "") throw new AppError("not_found", { key: "assets.sourcesHoldNoOther" });
  // The marketer's own values back in place of the placeholders the model kept.
  const restored = { ...rewritten.field, text: restorePlaceholders(rewritten.field.text, session.placeholders) };
  const updated = withCitedTextAt(content, options.path, restored);
  const validationContext = await loadValidationContext(db, { workspaceId: options.workspaceId, asset: updated, productSourceId: asset.productSourceId, campaignId: asset.campaignId, previous: await loadCurrentContent(db, asset) });
  return {
    path: options.path,
    field: restored,
    // Validated like a saved edit: against the texts of the chunks each field cites.
    validation: validateAsset(updated, { ...validationContext, suppliedValues: [...(validationContext.suppliedValues ?? []), ...session.placeholders.values()] }),
    sources: prepared.chunks.map(toPassage),
    model: rewritten.modelId,
  };
}
