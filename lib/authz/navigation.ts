import { roleHasPermission, type Permission } from "./permissions";
import type { Role } from "./roles";

/** The workspace sections, each shown only to roles holding its permission. */
export const WORKSPACE_SECTIONS = [
  { segment: "generate", label: "Generate", permission: "asset:generate" },
  { segment: "review", label: "Review", permission: "asset:review" },
  // After Generate and Review, so no role's landing section (its first one) changes.
  { segment: "campaigns", label: "Campaigns", permission: "campaign:read" },
  { segment: "assets", label: "Assets", permission: "asset:read" },
  { segment: "knowledge", label: "Knowledge", permission: "knowledge:read" },
  { segment: "dashboard", label: "Dashboard", permission: "kpi:read" },
  { segment: "admin", label: "Admin", permission: "members:manage" },
  // Every role reads assets, so every member has My work. Last, so where a role lands (the first
  // section, app/(app)/[workspace]/page.tsx) stays as it was.
  { segment: "my-work", label: "My work", permission: "asset:read" },
] as const satisfies ReadonlyArray<{ segment: string; label: string; permission: Permission }>;

export type WorkspaceSection = (typeof WORKSPACE_SECTIONS)[number];

export function sectionsForRole(role: Role): WorkspaceSection[] {
  return WORKSPACE_SECTIONS.filter((section) => roleHasPermission(role, section.permission));
}

/**
 * Where a member lands in a workspace. Managers come to read results, so they land on the
 * dashboard; everyone else lands on their first section, where their own work starts.
 */
export function landingSectionForRole(role: Role): WorkspaceSection | undefined {
  const sections = sectionsForRole(role);
  if (role === "manager") return sections.find((section) => section.segment === "dashboard") ?? sections[0];
  return sections[0];
}
