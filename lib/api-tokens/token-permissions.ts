import { PERMISSIONS, ROLE_PERMISSIONS, type Permission } from "@/lib/authz/permissions";
import type { Role } from "@/lib/authz/roles";

/** Token management itself is never delegated to a token: a leaked token cannot mint or revoke tokens. */
export const TOKEN_GRANTABLE_PERMISSIONS = PERMISSIONS.filter((permission) => !permission.startsWith("api_token:"));

/**
 * Expiry is required; the longest is a year. A token that never expires outlives the reason it
 * was made (and the person who knew where it is stored); a yearly rotation is a small price.
 */
export const TOKEN_EXPIRY_DAYS = [7, 30, 90, 365] as const;
export const MAX_TOKEN_EXPIRY_DAYS = 365;

export function grantablePermissionsOfRole(role: Role): Permission[] {
  return (ROLE_PERMISSIONS[role] as readonly Permission[]).filter((permission) => TOKEN_GRANTABLE_PERMISSIONS.includes(permission));
}

/**
 * What a token may do now: the role it acts with (a personal token: the member's *current* role;
 * a service token: its own role) ∩ its scopes. Computed at every use, so a demoted member's token
 * loses the rights the member lost, and a narrowed token never gains more than it was given.
 */
export function effectiveTokenPermissions(options: { role: Role; scopes: readonly string[] | null }): Set<Permission> {
  const ofRole = grantablePermissionsOfRole(options.role);
  if (options.scopes === null) return new Set(ofRole);
  return new Set(ofRole.filter((permission) => options.scopes!.includes(permission)));
}

/** Scopes outside what the role allows (to refuse them at creation with their names). */
export function scopesBeyondRole(options: { role: Role; scopes: readonly string[] }): string[] {
  const ofRole = grantablePermissionsOfRole(options.role);
  return options.scopes.filter((scope) => !(ofRole as string[]).includes(scope));
}
