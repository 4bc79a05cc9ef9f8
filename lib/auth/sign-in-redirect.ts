import { safeCallbackPath } from "./callback-url";

/**
 * The path (with query) of the page being requested, copied into the request by proxy.ts. A
 * server component cannot read its own URL, and a layout's params do not say which page below
 * it was asked for; the proxy overwrites any value a client sends.
 */
export const REQUEST_PATH_HEADER = "x-brandpilot-path";

/** Reasons the sign-in page explains (its notice table in app/(auth)/login/page.tsx). */
export type SignInReason = "session_ended";

/** The value the proxy stores: the path and query, without Next's internal `_rsc` cache key. */
export function requestPathForHeader(url: { pathname: string; search: string }): string {
  const query = new URLSearchParams(url.search);
  query.delete("_rsc");
  const search = query.toString();
  return search ? `${url.pathname}?${search}` : url.pathname;
}

/**
 * Where a page sends a visitor without a valid session: /login, back to `callbackPath` after
 * sign-in. The path goes through the same on-site check the sign-in form applies, so a forged
 * header cannot turn this into an open redirect.
 */
export function signInPathFor(options: { callbackPath?: string | null; reason?: SignInReason | null }): string {
  const query = new URLSearchParams();
  const callbackPath = safeCallbackPath(options.callbackPath ?? null);
  if (callbackPath !== "/") query.set("callbackUrl", callbackPath);
  if (options.reason) query.set("reason", options.reason);
  const search = query.toString();
  return search ? `/login?${search}` : "/login";
}

/**
 * Whether the browser still sent a session cookie (next-auth's, possibly split into `.0`, `.1`
 * chunks): then a refused session has ended (expired, signed out elsewhere, password changed)
 * rather than never existed, and the sign-in page can say so.
 */
export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) {
    if (/^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(name)) return true;
  }
  return false;
}
