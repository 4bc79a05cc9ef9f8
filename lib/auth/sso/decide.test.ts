import { describe, expect, it } from "vitest";
import {
  decideSsoSignIn,
  isEmailDomainAllowed,
  isEmailVerifiedClaim,
  normalizeSsoEmail,
  type SsoExistingAccount,
  type SsoFacts,
} from "./decide";

const ALLOWED = ["brand.example"];

const facts = (overrides: Partial<SsoFacts> = {}): SsoFacts => ({
  isInstanceSetUp: true,
  email: "cfo@brand.example",
  emailVerifiedClaim: true,
  allowedDomains: ALLOWED,
  holdsInvitation: false,
  existingAccount: null,
  ...overrides,
});

const account = (overrides: Partial<SsoExistingAccount> = {}): SsoExistingAccount => ({
  id: "usr_1",
  isDisabled: false,
  hasPassword: false,
  isEmailVerified: true,
  ...overrides,
});

describe("email_verified claim", () => {
  it("is verified only for the boolean true", () => {
    expect(isEmailVerifiedClaim(true)).toBe(true);
    for (const claim of [undefined, null, false, "true", "TRUE", 1, {}, []]) expect(isEmailVerifiedClaim(claim)).toBe(false);
  });
});

describe("domain match", () => {
  it("is exact and case-insensitive, with no suffix or subdomain tricks", () => {
    expect(isEmailDomainAllowed("a@brand.example", ALLOWED)).toBe(true);
    expect(isEmailDomainAllowed("a@BRAND.Example", ALLOWED)).toBe(true);
    expect(isEmailDomainAllowed("a@evilbrand.example", ALLOWED)).toBe(false);
    expect(isEmailDomainAllowed("a@mail.brand.example", ALLOWED)).toBe(false);
    expect(isEmailDomainAllowed("a@brand.example.evil.example", ALLOWED)).toBe(false);
    expect(isEmailDomainAllowed("a@brand.example", [])).toBe(false);
  });

  it("normalizes emails and rejects what is not one address", () => {
    expect(normalizeSsoEmail("  CFO@Brand.Example ")).toBe("cfo@brand.example");
    for (const value of [undefined, null, 42, "", "no-at-sign", "a@b@brand.example", "a@brand.example, b@evil.example"]) {
      expect(normalizeSsoEmail(value)).toBeNull();
    }
  });
});

describe("decideSsoSignIn", () => {
  it("refuses an identity without an email", () => {
    expect(decideSsoSignIn(facts({ email: null }))).toEqual({ kind: "refuse", reason: "missing_email" });
  });

  it("refuses an unverified email even for an allowed domain, an invitation and an existing account", () => {
    for (const claim of [undefined, false, "true", null]) {
      const decision = decideSsoSignIn(facts({ emailVerifiedClaim: claim, holdsInvitation: true, existingAccount: account() }));
      expect(decision).toEqual({ kind: "refuse", reason: "email_not_verified" });
    }
  });

  it("links a verified allowed-domain identity to its existing account", () => {
    expect(decideSsoSignIn(facts({ existingAccount: account() }))).toEqual({
      kind: "link",
      accountId: "usr_1",
      grant: "allowed_domain",
      takeOver: false,
      markEmailVerified: false,
    });
  });

  it("takes over an existing account whose address was never proven and that has a password", () => {
    expect(decideSsoSignIn(facts({ existingAccount: account({ hasPassword: true, isEmailVerified: false }) }))).toMatchObject({
      kind: "link",
      takeOver: true,
      markEmailVerified: true,
    });
    // Unproven but password-less: nothing to take over, only the address to mark proven.
    expect(decideSsoSignIn(facts({ existingAccount: account({ hasPassword: false, isEmailVerified: false }) }))).toMatchObject({
      kind: "link",
      takeOver: false,
      markEmailVerified: true,
    });
    // A proven address keeps its password: its owner set it.
    expect(decideSsoSignIn(facts({ existingAccount: account({ hasPassword: true, isEmailVerified: true }) }))).toMatchObject({
      kind: "link",
      takeOver: false,
      markEmailVerified: false,
    });
  });

  it("refuses to link a lookalike or unlisted domain without an invitation", () => {
    for (const email of ["cfo@evilbrand.example", "cfo@mail.brand.example", "cfo@other.example"]) {
      expect(decideSsoSignIn(facts({ email, existingAccount: account() }))).toEqual({ kind: "refuse", reason: "not_allowed_to_link" });
      expect(decideSsoSignIn(facts({ email }))).toEqual({ kind: "refuse", reason: "no_invitation" });
    }
  });

  it("lets an invitation holder from any domain link or create an account", () => {
    const email = "cfo@other.example";
    expect(decideSsoSignIn(facts({ email, holdsInvitation: true, existingAccount: account() }))).toMatchObject({
      kind: "link",
      grant: "invitation",
    });
    expect(decideSsoSignIn(facts({ email, holdsInvitation: true }))).toEqual({ kind: "create", grant: "invitation" });
  });

  it("creates an account for a verified allowed-domain identity", () => {
    expect(decideSsoSignIn(facts())).toEqual({ kind: "create", grant: "allowed_domain" });
  });

  it("refuses a disabled account", () => {
    expect(decideSsoSignIn(facts({ existingAccount: account({ isDisabled: true }) }))).toEqual({ kind: "refuse", reason: "account_disabled" });
  });

  it("over the whole matrix, only a verified identity with an allowed domain or an invitation gets an account", () => {
    const claims: unknown[] = [true, undefined, false, "true"];
    const emails = ["cfo@brand.example", "cfo@other.example", "cfo@evilbrand.example"];
    const accounts: (SsoExistingAccount | null)[] = [
      null,
      account({ hasPassword: true, isEmailVerified: true }),
      account({ hasPassword: true, isEmailVerified: false }),
      account({ hasPassword: false, isEmailVerified: true }),
      account({ hasPassword: false, isEmailVerified: false }),
    ];
    let cases = 0;
    for (const claim of claims)
      for (const email of emails)
        for (const holdsInvitation of [true, false])
          for (const existingAccount of accounts) {
            cases++;
            const decision = decideSsoSignIn(facts({ emailVerifiedClaim: claim, email, holdsInvitation, existingAccount }));
            const mayUse = claim === true && (email === "cfo@brand.example" || holdsInvitation);
            if (!mayUse) {
              expect(decision.kind).toBe("refuse");
              continue;
            }
            if (!existingAccount) {
              expect(decision).toEqual({ kind: "create", grant: email === "cfo@brand.example" ? "allowed_domain" : "invitation" });
              continue;
            }
            expect(decision).toMatchObject({
              kind: "link",
              accountId: existingAccount.id,
              takeOver: existingAccount.hasPassword && !existingAccount.isEmailVerified,
              markEmailVerified: !existingAccount.isEmailVerified,
            });
          }
    expect(cases).toBe(4 * 3 * 2 * 5);
  });

  it("refuses every identity, new or existing, while first-run setup is not done", () => {
    for (const existingAccount of [null, account(), account({ hasPassword: true, isEmailVerified: false })]) {
      for (const holdsInvitation of [true, false]) {
        expect(decideSsoSignIn(facts({ isInstanceSetUp: false, existingAccount, holdsInvitation }))).toEqual({
          kind: "refuse",
          reason: "instance_not_set_up",
        });
      }
    }
  });
});
