import { roleHasPermission } from "@/lib/authz/permissions";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/authz/roles";

/**
 * Why a member cannot plan campaigns, or null when they can. Named from the permission table, so
 * the sentence stays true when a role gains or loses `campaign:manage`.
 */
export function manageCampaignsReason(role: Role): string | null {
  if (roleHasPermission(role, "campaign:manage")) return null;
  const allowed = ROLES.filter((candidate) => roleHasPermission(candidate, "campaign:manage")).map((candidate) => ROLE_LABELS[candidate]);
  const list = allowed.length > 1 ? `${allowed.slice(0, -1).join(", ")} or ${allowed.at(-1)}` : (allowed[0] ?? "another");
  return `Your role (${ROLE_LABELS[role]}) reads campaigns and personas; planning them needs the ${list} role.`;
}
