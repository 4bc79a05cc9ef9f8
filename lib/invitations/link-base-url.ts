import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

const HOST_PATTERN = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/;

/**
 * The origin the browser used, from request headers (the same fallbacks as Next's own request
 * URL: the forwarded host and protocol when a proxy set them, else Host over http). Null when the
 * host is missing or is not a plain host name, so nothing odd ends up in a link.
 */
export function originFromHeaders(values: { host: string | null; forwardedHost: string | null; forwardedProto: string | null }): string | null {
  const host = (values.forwardedHost ?? values.host)?.split(",")[0]?.trim();
  if (!host || !HOST_PATTERN.test(host)) return null;
  const proto = values.forwardedProto?.split(",")[0]?.trim().toLowerCase();
  return `${proto === "https" ? "https" : "http"}://${host}`;
}

/**
 * Base URL for links the app hands out (invitations). NEXTAUTH_URL wins when set: the Host
 * header comes from the client (and from whatever proxy sits in front), so a link built from it
 * can point at another site (host-header poisoning); a mailed link carrying a secret token must
 * not depend on it. Without NEXTAUTH_URL (the zero-config demo) the request's origin is the best
 * guess; outside a request (tests, scripts) it is the local dev server.
 */
export async function resolveLinkBaseUrl(): Promise<string> {
  if (env.NEXTAUTH_URL) return env.NEXTAUTH_URL.replace(/\/+$/, "");
  try {
    const requestHeaders = await headers();
    const origin = originFromHeaders({
      host: requestHeaders.get("host"),
      forwardedHost: requestHeaders.get("x-forwarded-host"),
      forwardedProto: requestHeaders.get("x-forwarded-proto"),
    });
    if (origin) return origin;
  } catch {
    // No request scope: fall through.
  }
  return "http://localhost:3000";
}

/** The accept page for one token. */
export function invitationUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/invite/${token}`;
}
