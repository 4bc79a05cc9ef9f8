import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { briefTemplates } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { parseStoredBrief, type BriefInput } from "@/lib/assets/generate/brief";

/** A workspace keeps few templates; past this the list stops being something to pick from. */
export const MAX_BRIEF_TEMPLATES = 100;

export type BriefTemplate = { id: string; name: string; brief: BriefInput; createdBy: string; createdAt: Date };

/** Templates are shared by the workspace: a team reuses its good briefs. */
export async function saveBriefTemplate(db: Database, options: { workspaceId: string; userId: string; name: string; brief: BriefInput }): Promise<{ id: string }> {
  const existing = await db.$count(briefTemplates, eq(briefTemplates.workspaceId, options.workspaceId));
  if (existing >= MAX_BRIEF_TEMPLATES) throw new AppError("conflict", { key: "assets.workspaceAlreadyHasBrief", params: { maxBriefTemplates: MAX_BRIEF_TEMPLATES } });
  const id = createId("briefTemplate");
  await db.insert(briefTemplates).values({ id, workspaceId: options.workspaceId, name: options.name, brief: options.brief, createdBy: options.userId });
  return { id };
}

/** Newest first. A stored brief that no longer parses (an older form) is left out rather than offered broken. */
export async function listBriefTemplates(db: Database, options: { workspaceId: string }): Promise<BriefTemplate[]> {
  const rows = await db.select().from(briefTemplates).where(eq(briefTemplates.workspaceId, options.workspaceId)).orderBy(desc(briefTemplates.createdAt)).limit(MAX_BRIEF_TEMPLATES);
  return rows.flatMap((row) => {
    const parsed = parseStoredBrief(row.brief);
    return parsed.success ? [{ id: row.id, name: row.name, brief: parsed.data, createdBy: row.createdBy, createdAt: row.createdAt }] : [];
  });
}

/** Its author or an admin deletes a template; others use it but do not remove it for the whole team. */
export async function deleteBriefTemplate(db: Database, options: { workspaceId: string; templateId: string; userId: string; role: Role }): Promise<{ deleted: true }> {
  const [template] = await db
    .select({ id: briefTemplates.id, createdBy: briefTemplates.createdBy })
    .from(briefTemplates)
    .where(and(eq(briefTemplates.workspaceId, options.workspaceId), eq(briefTemplates.id, options.templateId)));
  if (!template) throw new AppError("not_found", { key: "assets.briefTemplateDoesNot" });
  if (options.role !== "admin" && template.createdBy !== options.userId) throw new AppError("forbidden", { key: "assets.onlyTemplateSAuthor" });
  await db.delete(briefTemplates).where(eq(briefTemplates.id, template.id));
  return { deleted: true };
}
