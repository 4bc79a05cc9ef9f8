/*
 * Company SSO (generic OIDC): when an identity may sign in, and as which account.
 *
 * The identity provider (IdP) is trusted for who the person is, but the email it sends is only as
 * good as its `email_verified` claim: many IdPs let people type any address into their profile.
 * Matching accounts by an unproven email is how one tenant's admin (or anyone with an IdP account)
 * would capture another person's account. So:
 *
 * 1. Verified email only. The email (from the ID token claims) counts only when the same claims say
 *    `email_verified` is exactly the boolean `true`. Absent, `false`, the string "true", 1: not
 *    verified, and the sign-in is refused. (Microsoft Entra ID, for one, sends no email_verified by
 *    default; such an IdP cannot be used until it does.)
 * 2. A verified identity may use an account (link to an existing one, or create a new one without
 *    memberships) only when
 *      - the email's domain is listed in OIDC_ALLOWED_DOMAINS: exact, case-insensitive match of the
 *        part after the last "@". No suffix or subdomain matching: `evilbrand.example` and
 *        `mail.brand.example` do not match `brand.example` (list every domain you mean), or
 *      - the email holds an open invitation (not accepted, not revoked, not expired, to a workspace
 *        that is not archived). SSO does not accept the invitation: the person still accepts it on
 *        the invitation page, signed in, and only then becomes a member.
 *    Otherwise the sign-in is refused, never attached silently.
 * 3. Linking to an existing account whose address was never proven (users.email_verified_at is null)
 *    that has a password is a takeover: that password may have been chosen by someone else (an
 *    admin who opened an invitation link meant for this person). The password hash is dropped,
 *    every session of the account ends (session version raised), outstanding password-reset links
 *    are spent, and `auth.sso_took_over_unverified_account` is audited. Every approved SSO sign-in
 *    sets email_verified_at: the IdP has now proven the address.
 * 4. A disabled account is refused.
 * 5. Just-in-time membership (OIDC_JIT_MEMBERSHIPS, `domain=workspace-slug:role`, comma-separated;
 *    see settings.ts): only when this sign-in CREATES the account (its first SSO sign-in) and its
 *    domain has a rule (and is also in OIDC_ALLOWED_DOMAINS), the new account becomes a member of
 *    that workspace with that role. Existing accounts never get JIT memberships: an admin who
 *    removes a member must not see them come back at the next SSO sign-in, and an account made
 *    another way (invitation, setup) joins workspaces only the way it was meant to. A missing or
 *    archived workspace is skipped with a log line. Audited as `members.add` in that workspace's chain.
 * 6. SSO-only mode (AUTH_PASSWORD_SIGNIN=false): the credentials provider refuses every password
 *    sign-in, audited as a failed `auth.sign_in` with reason `password_sign_in_disabled`.
 * 7. No SSO before first-run setup: while no instance owner exists, SSO neither creates nor links
 *    an account (reason `instance_not_set_up`). Setup is open only while the instance has no
 *    account at all, so one SSO sign-in on a fresh install would otherwise close it for good and
 *    leave an instance nobody administers.
 *
 * Every refusal is audited (`auth.sign_in`, outcome failed, with the real reason); the person sees
 * one generic message (SSO_REFUSED_MESSAGE) whatever the reason, so the page does not reveal whether
 * an account exists for an address.
 */
import { z } from "zod";

/** The one message a refused SSO sign-in shows (next-auth sends the browser to /login?error=AccessDenied). */
export const SSO_REFUSED_MESSAGE =
  "Single sign-on did not let you in. If you are new here, ask an admin for an invitation.";

export type SsoRefusalReason =
  | "instance_not_set_up"
  | "missing_email"
  | "email_not_verified"
  | "not_allowed_to_link"
  | "no_invitation"
  | "account_disabled";

/** Why an identity may use an account: its domain is allowed, or it was invited. */
export type SsoGrant = "allowed_domain" | "invitation";

export type SsoExistingAccount = {
  id: string;
  isDisabled: boolean;
  hasPassword: boolean;
  isEmailVerified: boolean;
};

export type SsoFacts = {
  /** An instance owner exists, i.e. first-run setup is done (rule 7). */
  isInstanceSetUp: boolean;
  /** Normalized with normalizeSsoEmail; null when the IdP sent none (or garbage). */
  email: string | null;
  /** The raw `email_verified` claim, whatever type the IdP sent. */
  emailVerifiedClaim: unknown;
  allowedDomains: readonly string[];
  holdsInvitation: boolean;
  existingAccount: SsoExistingAccount | null;
};

export type SsoDecision =
  | { kind: "refuse"; reason: SsoRefusalReason }
  | { kind: "link"; accountId: string; grant: SsoGrant; takeOver: boolean; markEmailVerified: boolean }
  | { kind: "create"; grant: SsoGrant };

const emailSchema = z.email();

/** Lower-cased, trimmed email, or null when it is not one address. */
export function normalizeSsoEmail(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const email = value.trim().toLowerCase();
  return emailSchema.safeParse(email).success ? email : null;
}

/** Exactly the boolean true: a string "true" is an IdP bug we do not paper over. */
export function isEmailVerifiedClaim(claim: unknown): boolean {
  return claim === true;
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

/** Exact, case-insensitive domain match: no suffixes, no subdomains. */
export function isEmailDomainAllowed(email: string, allowedDomains: readonly string[]): boolean {
  const domain = emailDomain(email);
  return allowedDomains.some((allowed) => allowed.toLowerCase() === domain);
}

/** The whole rule set above as one pure function; sign-in.ts gathers the facts and applies the result. */
export function decideSsoSignIn(facts: SsoFacts): SsoDecision {
  if (!facts.isInstanceSetUp) return { kind: "refuse", reason: "instance_not_set_up" };
  if (!facts.email) return { kind: "refuse", reason: "missing_email" };
  if (!isEmailVerifiedClaim(facts.emailVerifiedClaim)) return { kind: "refuse", reason: "email_not_verified" };

  const grant: SsoGrant | null = isEmailDomainAllowed(facts.email, facts.allowedDomains)
    ? "allowed_domain"
    : facts.holdsInvitation
      ? "invitation"
      : null;
  const account = facts.existingAccount;
  if (!grant) return { kind: "refuse", reason: account ? "not_allowed_to_link" : "no_invitation" };
  if (!account) return { kind: "create", grant };
  if (account.isDisabled) return { kind: "refuse", reason: "account_disabled" };
  return {
    kind: "link",
    accountId: account.id,
    grant,
    takeOver: !account.isEmailVerified && account.hasPassword,
    markEmailVerified: !account.isEmailVerified,
  };
}
