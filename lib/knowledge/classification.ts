import { CLASSIFICATIONS } from "@/lib/db/schema/knowledge-sources";
import type { Role } from "@/lib/authz/roles";
import { isRole } from "@/lib/authz/roles";

export type Classification = (typeof CLASSIFICATIONS)[number];

/**
 * Which classifications a role may see. Public and internal content is for every member;
 * confidential content only for the roles in CONFIDENTIAL_READER_ROLES (default admin, editor).
 */
export function visibleClassifications(role: Role, confidentialReaderRoles: readonly Role[]): Classification[] {
  return role === "admin" || confidentialReaderRoles.includes(role) ? [...CLASSIFICATIONS] : ["public", "internal"];
}

const RESTRICTION: Record<Classification, number> = { public: 0, internal: 1, confidential: 2 };

/** Whether everyone who may see `viewer`-classified content may also see `other` (names, titles). */
export function isVisibleAlongside(other: Classification, viewer: Classification): boolean {
  return RESTRICTION[other] <= RESTRICTION[viewer];
}

export function parseRoleList(value: string): Role[] {
  return value
    .split(",")
    .map((part) => part.trim())
    .filter(isRole);
}
