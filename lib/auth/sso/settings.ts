import { isRole, ROLES, type Role } from "@/lib/authz/roles";

/**
 * SSO settings, parsed and validated once from OIDC_ALLOWED_DOMAINS and OIDC_JIT_MEMBERSHIPS.
 * Pure (no env, no database) so the rules can be tested with any configuration; a bad entry
 * throws SsoConfigError naming the variable and the entry, in the same shape as lib/env.ts.
 */

export type JitMembershipRule = { domain: string; workspaceSlug: string; role: Role };

export type SsoSettings = {
  /** Lower-cased exact domains. */
  allowedDomains: readonly string[];
  /** Only rules whose domain is also allowed. */
  jitMemberships: readonly JitMembershipRule[];
};

export class SsoConfigError extends Error {
  constructor(variable: string, message: string) {
    super(`Invalid environment configuration:\n  ${variable}: ${message}`);
    this.name = "SsoConfigError";
  }
}

// Labels of letters, digits and inner hyphens, at least two of them: `brand.example`, `xn--brnd-5qa.de`.
const DOMAIN_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62})$/;

function isDomain(value: string): boolean {
  return DOMAIN_PATTERN.test(value);
}

/**
 * OIDC_ALLOWED_DOMAINS entries must be plain domains. `*.brand.example`, `@brand.example` or
 * `.brand.example` would never match an exact comparison, so they fail loudly instead of silently
 * allowing nobody.
 */
export function parseAllowedDomains(domains: readonly string[]): string[] {
  return domains.map((raw) => {
    const domain = raw.trim().toLowerCase();
    if (!isDomain(domain)) {
      throw new SsoConfigError(
        "OIDC_ALLOWED_DOMAINS",
        `"${raw}" is not a domain. List exact domains (brand.example); subdomains and wildcards are not matched.`,
      );
    }
    return domain;
  });
}

/**
 * Parses `domain=workspace-slug:role,…`. Rules for domains that are not in OIDC_ALLOWED_DOMAINS are
 * returned as `ignored` (the caller logs them): only an allowed domain is trusted enough to put
 * people into a workspace.
 */
export function parseJitMemberships(
  value: string | undefined,
  allowedDomains: readonly string[],
): { rules: JitMembershipRule[]; ignored: JitMembershipRule[] } {
  const rules: JitMembershipRule[] = [];
  const ignored: JitMembershipRule[] = [];
  const seen = new Set<string>();
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const match = /^([^=:\s]+)=([^=:\s]+):([^=:\s]+)$/.exec(entry);
    if (!match) {
      throw new SsoConfigError("OIDC_JIT_MEMBERSHIPS", `entry "${entry}" must look like domain=workspace-slug:role.`);
    }
    const domain = match[1]!.toLowerCase();
    const workspaceSlug = match[2]!.toLowerCase();
    const role = match[3]!.toLowerCase();
    if (!isDomain(domain)) {
      throw new SsoConfigError("OIDC_JIT_MEMBERSHIPS", `entry "${entry}": "${match[1]}" is not a domain.`);
    }
    if (!SLUG_PATTERN.test(workspaceSlug)) {
      throw new SsoConfigError("OIDC_JIT_MEMBERSHIPS", `entry "${entry}": "${match[2]}" is not a workspace slug.`);
    }
    if (!isRole(role)) {
      throw new SsoConfigError("OIDC_JIT_MEMBERSHIPS", `entry "${entry}": "${match[3]}" is not a role (${ROLES.join(", ")}).`);
    }
    const key = `${domain}=${workspaceSlug}`;
    if (seen.has(key)) {
      // Two roles for one domain and workspace: which one applies would depend on list order.
      throw new SsoConfigError("OIDC_JIT_MEMBERSHIPS", `entry "${entry}": ${key} is listed twice.`);
    }
    seen.add(key);
    (allowedDomains.includes(domain) ? rules : ignored).push({ domain, workspaceSlug, role });
  }
  return { rules, ignored };
}

export function buildSsoSettings(input: { allowedDomains: readonly string[]; jitMemberships: string | undefined }): {
  settings: SsoSettings;
  ignoredJitMemberships: JitMembershipRule[];
} {
  const allowedDomains = parseAllowedDomains(input.allowedDomains);
  const { rules, ignored } = parseJitMemberships(input.jitMemberships, allowedDomains);
  return { settings: { allowedDomains, jitMemberships: rules }, ignoredJitMemberships: ignored };
}

/** The rules for one email domain (a domain may feed several workspaces). */
export function jitRulesForDomain(settings: SsoSettings, domain: string): JitMembershipRule[] {
  const normalized = domain.toLowerCase();
  // Re-checked here so hand-built settings (tests, future callers) cannot bypass the allow-list.
  if (!settings.allowedDomains.includes(normalized)) return [];
  return settings.jitMemberships.filter((rule) => rule.domain === normalized);
}
