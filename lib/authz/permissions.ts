import type { Role } from "./roles";

/**
 * Every permission the app checks. Actions and pages declare one of these; nothing checks a
 * role name directly.
 */
export const PERMISSIONS = [
  "knowledge:read",
  "knowledge:write",
  "knowledge:release",
  "asset:generate",
  "asset:read",
  "asset:edit",
  "asset:submit",
  "asset:review",
  "asset:approve",
  "asset:publish",
  "kpi:read",
  "kpi:import",
  // Campaigns, personas and offers: everyone who briefs or reviews reads them; marketers and managers plan them.
  "campaign:read",
  "campaign:manage",
  "members:manage",
  "settings:manage",
  "audit:read",
  // Retention periods, purges and the records of processing (who received the workspace's data).
  "data_protection:manage",
  // Download everything of the workspace (members' names and e-mails, audit chain): admins only.
  "workspace:export",
  // API tokens (docs/api.md): every member may hold personal tokens acting as themselves; all of the
  // workspace's tokens (service tokens, revoking anyone's) are an admin's.
  "api_token:personal",
  "api_token:manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/**
 * Role → permissions. `satisfies Record<Role, …>` makes a missing role a compile error.
 * Ownership rules (a marketer edits only their own drafts, an editor never approves what they
 * authored) are enforced in the domain functions on top of these.
 */
export const ROLE_PERMISSIONS = {
  admin: PERMISSIONS,
  marketer: ["knowledge:read", "asset:generate", "asset:read", "asset:edit", "asset:submit", "campaign:read", "campaign:manage", "api_token:personal"],
  editor: [
    "knowledge:read",
    "knowledge:write",
    "asset:read",
    "asset:edit",
    "asset:submit",
    "asset:review",
    "asset:approve",
    "asset:publish",
    "campaign:read",
    "api_token:personal",
  ],
  // KPI dashboards are for managers and admins; importing performance data is an admin's by default.
  manager: ["knowledge:read", "asset:read", "kpi:read", "campaign:read", "campaign:manage", "api_token:personal"],
} as const satisfies Record<Role, readonly Permission[]>;

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(permission);
}
