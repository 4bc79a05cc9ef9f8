import { describe, expect, it } from "vitest";
import { buildSsoSettings, jitRulesForDomain, parseAllowedDomains, parseJitMemberships, SsoConfigError } from "./settings";

describe("parseJitMemberships", () => {
  it("parses domain=workspace-slug:role entries for allowed domains", () => {
    const parsed = parseJitMemberships(" Brand.Example=nordlicht:marketer , brand.example=sued-werk:editor,,", [
      "brand.example",
    ]);
    expect(parsed.rules).toEqual([
      { domain: "brand.example", workspaceSlug: "nordlicht", role: "marketer" },
      { domain: "brand.example", workspaceSlug: "sued-werk", role: "editor" },
    ]);
    expect(parsed.ignored).toEqual([]);
  });

  it("is empty when unset", () => {
    expect(parseJitMemberships(undefined, ["brand.example"])).toEqual({ rules: [], ignored: [] });
    expect(parseJitMemberships("  ", [])).toEqual({ rules: [], ignored: [] });
  });

  it("sets aside rules whose domain is not allowed", () => {
    const parsed = parseJitMemberships("brand.example=nordlicht:editor,other.example=nordlicht:admin", ["brand.example"]);
    expect(parsed.rules).toEqual([{ domain: "brand.example", workspaceSlug: "nordlicht", role: "editor" }]);
    expect(parsed.ignored).toEqual([{ domain: "other.example", workspaceSlug: "nordlicht", role: "admin" }]);
  });

  it.each([
    ["brand.example:nordlicht:editor", /entry "brand.example:nordlicht:editor" must look like domain=workspace-slug:role/],
    ["brand.example=nordlicht", /entry "brand.example=nordlicht" must look like/],
    ["brand.example=nordlicht:owner", /entry "brand.example=nordlicht:owner": "owner" is not a role \(admin, marketer, editor, manager\)/],
    ["*.brand.example=nordlicht:editor", /"\*\.brand\.example" is not a domain/],
    ["@brand.example=nordlicht:editor", /"@brand\.example" is not a domain/],
    ["brand.example=Nord_licht!:editor", /"Nord_licht!" is not a workspace slug/],
    ["brand.example=nordlicht:editor,brand.example=nordlicht:admin", /brand\.example=nordlicht is listed twice/],
  ])("refuses %s with a message naming the entry", (value, message) => {
    expect(() => parseJitMemberships(value, ["brand.example"])).toThrow(SsoConfigError);
    expect(() => parseJitMemberships(value, ["brand.example"])).toThrow(message);
    expect(() => parseJitMemberships(value, ["brand.example"])).toThrow(/^Invalid environment configuration:\n  OIDC_JIT_MEMBERSHIPS: /);
  });
});

describe("parseAllowedDomains", () => {
  it("keeps plain domains, lower-cased", () => {
    expect(parseAllowedDomains(["Brand.Example", "xn--brnd-5qa.de"])).toEqual(["brand.example", "xn--brnd-5qa.de"]);
  });

  it.each(["*.brand.example", "@brand.example", ".brand.example", "brand", "brand.example/path"])("refuses %s", (domain) => {
    expect(() => parseAllowedDomains([domain])).toThrow(/OIDC_ALLOWED_DOMAINS: .* is not a domain/);
  });
});

describe("jitRulesForDomain", () => {
  it("returns the rules of exactly that domain, and none for a domain that is not allowed", () => {
    const { settings } = buildSsoSettings({
      allowedDomains: ["brand.example"],
      jitMemberships: "brand.example=nordlicht:marketer,other.example=nordlicht:admin",
    });
    expect(jitRulesForDomain(settings, "BRAND.example")).toEqual([{ domain: "brand.example", workspaceSlug: "nordlicht", role: "marketer" }]);
    expect(jitRulesForDomain(settings, "evilbrand.example")).toEqual([]);
    expect(jitRulesForDomain(settings, "other.example")).toEqual([]);
    // Hand-built settings cannot slip a rule past the allow-list.
    expect(jitRulesForDomain({ allowedDomains: [], jitMemberships: settings.jitMemberships }, "brand.example")).toEqual([]);
  });
});
