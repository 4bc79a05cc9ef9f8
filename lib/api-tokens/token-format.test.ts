import { describe, expect, it } from "vitest";
import { bearerTokenFrom, generateApiToken, hashTokenSecret, parseApiToken, secretMatches } from "./token-format";
import { effectiveTokenPermissions, scopesBeyondRole, TOKEN_GRANTABLE_PERMISSIONS } from "./token-permissions";

describe("API token format", () => {
  it("generates bp_<12 hex>_<43 base64url> tokens whose secret is stored only as its hash", () => {
    const generated = generateApiToken();
    const parts = parseApiToken(generated.token)!;
    expect(generated.token).toMatch(/^bp_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(parts.prefix).toBe(generated.prefix);
    expect(generated.secretHash).toBe(hashTokenSecret(parts.secret));
    expect(generated.secretHash).not.toContain(parts.secret);
    expect(generateApiToken().token).not.toBe(generated.token);
  });

  it("refuses malformed tokens before any lookup", () => {
    for (const bad of ["", "bp_", "bp_abc_def", `xx_${"a".repeat(12)}_${"b".repeat(43)}`, `bp_${"A".repeat(12)}_${"b".repeat(43)}`, `bp_${"a".repeat(12)}_${"b".repeat(42)}`]) {
      expect(parseApiToken(bad), bad).toBeNull();
    }
  });

  it("compares secrets against the stored hash", () => {
    const { token, secretHash } = generateApiToken();
    const { secret } = parseApiToken(token)!;
    expect(secretMatches(secret, secretHash)).toBe(true);
    expect(secretMatches(`${secret.slice(0, -1)}x`, secretHash)).toBe(secret.endsWith("x"));
    expect(secretMatches(secret, "short")).toBe(false);
  });

  it("reads only the Bearer scheme", () => {
    expect(bearerTokenFrom("Bearer bp_x")).toBe("bp_x");
    expect(bearerTokenFrom("bearer  bp_x ")).toBe("bp_x");
    expect(bearerTokenFrom("Basic dXNlcjpwYXNz")).toBeNull();
    expect(bearerTokenFrom(null)).toBeNull();
  });
});

describe("token permissions", () => {
  it("are the role's permissions ∩ scopes, never token management", () => {
    expect([...effectiveTokenPermissions({ role: "marketer", scopes: null })]).toEqual(
      expect.arrayContaining(["knowledge:read", "asset:generate"]),
    );
    expect(effectiveTokenPermissions({ role: "admin", scopes: null }).has("api_token:manage")).toBe(false);
    expect(TOKEN_GRANTABLE_PERMISSIONS).not.toContain("api_token:personal");
    // A scope the role lacks never takes effect: a marketer's token scoped to knowledge:write still cannot write.
    expect([...effectiveTokenPermissions({ role: "marketer", scopes: ["knowledge:read", "knowledge:write"] })]).toEqual(["knowledge:read"]);
    expect(scopesBeyondRole({ role: "manager", scopes: ["kpi:read", "asset:approve"] })).toEqual(["asset:approve"]);
  });
});
