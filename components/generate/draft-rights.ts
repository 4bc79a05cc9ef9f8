import type { Role } from "@/lib/authz/roles";

/** Why a member cannot archive a draft; the panel words it (`generate.draftPanel.reason.*`). */
export type ArchiveUnavailableReason = "notAuthor" | "notDraft";

/** Mirrors lib/assets/drafts/archive-draft.ts, so the page shows the button only where the server allows it, else why not. */
export function draftArchiveRights(options: { role: Role; userId: string; createdBy: string; state: string; isArchived: boolean }): { canArchive: boolean; reason: ArchiveUnavailableReason | null } {
  if (options.role === "manager") return { canArchive: false, reason: null };
  if (options.role !== "admin" && options.createdBy !== options.userId) return { canArchive: false, reason: "notAuthor" };
  if (!options.isArchived && options.state !== "draft") return { canArchive: false, reason: "notDraft" };
  return { canArchive: true, reason: null };
}
