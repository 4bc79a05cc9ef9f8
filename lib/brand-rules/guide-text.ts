import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import { knowledgeChunks, knowledgeSources, knowledgeSourceVersions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { GuideForExtraction } from "@/lib/ai/tasks/extract-rules/run";

/**
 * The guide's text rebuilt from its indexed chunks (the upload itself is dropped after ingestion):
 * the section trail becomes Markdown headings again, and a paragraph of several lines (a list or a
 * table, which the parser joins with line breaks) becomes list items, so the extractor sees the
 * headings-and-lists structure the guide was written in.
 */
export function rebuildGuideText(chunks: { sectionPath: string[]; text: string }[]): string {
  const out: string[] = [];
  let trail: string[] = [];
  for (const chunk of chunks) {
    let shared = 0;
    while (shared < trail.length && shared < chunk.sectionPath.length && trail[shared] === chunk.sectionPath[shared]) shared++;
    chunk.sectionPath.slice(shared).forEach((heading, index) => out.push(`${"#".repeat(Math.min(shared + index + 1, 6))} ${heading}`));
    trail = chunk.sectionPath;
    for (const paragraph of chunk.text.split(/\n{2,}/)) {
      const lines = paragraph.split("\n").filter((line) => line.trim() !== "");
      out.push(lines.length > 1 ? lines.map((line) => `- ${line}`).join("\n") : (lines[0] ?? ""));
    }
  }
  return out.join("\n\n");
}

/** A ready source of the workspace with its current version's text, for rule extraction. */
export async function loadGuideForExtraction(db: Database, options: { workspaceId: string; sourceId: string }): Promise<GuideForExtraction> {
  const [source] = await db
    .select()
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.workspaceId, options.workspaceId), eq(knowledgeSources.id, options.sourceId)));
  if (!source) throw new AppError("not_found", { key: "brandRules.sourceDoesNotExist" });
  if (source.status !== "ready" || source.currentVersion === 0) throw new AppError("conflict", { key: "brandRules.guideNotIndexedYet" });
  const [version] = await db
    .select({ personalData: knowledgeSourceVersions.personalData })
    .from(knowledgeSourceVersions)
    .where(and(eq(knowledgeSourceVersions.sourceId, source.id), eq(knowledgeSourceVersions.version, source.currentVersion)));
  const chunks = await db
    .select({ sectionPath: knowledgeChunks.sectionPath, text: knowledgeChunks.text })
    .from(knowledgeChunks)
    .where(
      and(
        eq(knowledgeChunks.workspaceId, options.workspaceId),
        eq(knowledgeChunks.sourceId, source.id),
        eq(knowledgeChunks.version, source.currentVersion),
        // The extract-rules prompt may go to a hosted model: a chunk the firewall held back whole
        // (flagged, until an admin releases it) stays out. A quarantined chunk's stored text has
        // its planted sentences already cut (kept only in firewallFlags), so its rest is usable,
        // as for the compliance guide passages.
        ne(knowledgeChunks.firewallStatus, "flagged"),
      ),
    )
    .orderBy(asc(knowledgeChunks.ordinal));
  return {
    sourceId: source.id,
    title: source.title,
    version: source.currentVersion,
    language: source.language,
    text: rebuildGuideText(chunks),
    usesConfidentialContext: source.classification === "confidential",
    quotesPersonalData: version?.personalData?.holdsPersonalData ?? false,
  };
}
