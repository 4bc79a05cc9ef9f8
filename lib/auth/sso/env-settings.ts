import "server-only";
import { env } from "@/lib/env";
import { buildSsoSettings, type SsoSettings } from "./settings";

/**
 * The instance's SSO settings, parsed once when this module loads: an invalid
 * OIDC_ALLOWED_DOMAINS or OIDC_JIT_MEMBERSHIPS entry stops the process with a message naming it,
 * like any other bad variable in lib/env.ts.
 */
function loadSsoSettings(): SsoSettings {
  const { settings, ignoredJitMemberships } = buildSsoSettings({
    allowedDomains: env.oidcAllowedDomains,
    jitMemberships: env.OIDC_JIT_MEMBERSHIPS,
  });
  for (const rule of ignoredJitMemberships) {
    console.warn(
      `[sso] OIDC_JIT_MEMBERSHIPS: ${rule.domain}=${rule.workspaceSlug}:${rule.role} is ignored: ${rule.domain} is not in OIDC_ALLOWED_DOMAINS.`,
    );
  }
  return settings;
}

export const SSO_SETTINGS: SsoSettings = loadSsoSettings();
