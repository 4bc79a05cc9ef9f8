import type { createTranslator } from "next-intl";
import { roleHasPermission } from "@/lib/authz/permissions";
import { ROLES, type Role } from "@/lib/authz/roles";
import type messages from "@/messages/en.json";

type ReasonTranslator = ReturnType<typeof createTranslator<typeof messages, "campaigns.manageReason">>;

/**
 * Why a member cannot plan campaigns, or null when they can, in the member's language. Named from the permission
 * table, so the sentence stays true when a role gains or loses `campaign:manage`.
 */
export function manageCampaignsReason(role: Role, t: ReasonTranslator): string | null {
  if (roleHasPermission(role, "campaign:manage")) return null;
  const allowed = ROLES.filter((candidate) => roleHasPermission(candidate, "campaign:manage")).map((candidate) => t(`role.${candidate}`));
  // "A, B or C" in both languages (Intl's disjunction list would add an Oxford comma in English).
  const roles = allowed.length > 1 ? t("roleList", { head: allowed.slice(0, -1).join(", "), last: allowed.at(-1) ?? "" }) : (allowed[0] ?? t("anotherRole"));
  return t("sentence", { role: t(`role.${role}`), roles });
}
