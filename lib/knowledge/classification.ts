import { CLASSIFICATIONS } from "@/lib/db/schema/knowledge-sources";
import type { Role } from "@/lib/authz/roles";
import { env } from "@/lib/env";

export type Classification = (typeof CLASSIFICATIONS)[number];

/**
 * The classifications a member with this role may see: the one place that decides it. Every
 * query, retrieval and cache scope that filters by classification takes its list from here.
 */
export function classificationsFor(role: Role): Classification[] {
  return visibleClassifications(role, env.confidentialReaderRoles);
}

/**
 * Which classifications a role may see. Public and internal content is for every member;
 * confidential content only for the roles in CONFIDENTIAL_READER_ROLES (default admin, editor).
 * Call `classificationsFor(role)`; this form takes the reader roles explicitly for tests.
 */
export function visibleClassifications(role: Role, confidentialReaderRoles: readonly Role[]): Classification[] {
  return role === "admin" || confidentialReaderRoles.includes(role) ? [...CLASSIFICATIONS] : ["public", "internal"];
}

const RESTRICTION: Record<Classification, number> = { public: 0, internal: 1, confidential: 2 };

/** Whether everyone who may see `viewer`-classified content may also see `other` (names, titles). */
export function isVisibleAlongside(other: Classification, viewer: Classification): boolean {
  return RESTRICTION[other] <= RESTRICTION[viewer];
}
