import type { Role } from "@/lib/authz/roles";

/** Mirrors lib/assets/drafts/archive-draft.ts, so the page shows the button only where the server allows it, else why not. */
export function draftArchiveRights(options: { role: Role; userId: string; createdBy: string; state: string; isArchived: boolean }): { canArchive: boolean; reason: string | null } {
  if (options.role === "manager") return { canArchive: false, reason: null };
  if (options.role !== "admin" && options.createdBy !== options.userId) return { canArchive: false, reason: "Only the author or an admin can archive this draft." };
  if (!options.isArchived && options.state !== "draft") return { canArchive: false, reason: "Only drafts can be archived." };
  return { canArchive: true, reason: null };
}
