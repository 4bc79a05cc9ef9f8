/**
 * Hands the account an approved SSO sign-in resolved to from next-auth's `signIn` callback to its
 * `jwt` callback. Without an adapter next-auth passes the very same `user` object to both, so the
 * account id is kept against that object, not in one of its fields: nothing the IdP sends (a `sub`
 * that looks like an account id) can name the account, and a `jwt` call that did not pass through
 * an approving `signIn` finds nothing and fails closed.
 */
const approvedAccounts = new WeakMap<object, string>();

export function rememberApprovedSsoAccount(user: object, accountId: string): void {
  approvedAccounts.set(user, accountId);
}

/** The approved account id, once: a second call returns null. */
export function takeApprovedSsoAccount(user: object): string | null {
  const accountId = approvedAccounts.get(user) ?? null;
  approvedAccounts.delete(user);
  return accountId;
}
