import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { REQUEST_PATH_HEADER, requestPathForHeader } from "@/lib/auth/sign-in-redirect";
import {
  CONTENT_SECURITY_POLICY,
  createNonce,
  isHttpsRequest,
  pageContentSecurityPolicy,
  STRICT_TRANSPORT_SECURITY,
  STRICT_TRANSPORT_SECURITY_VALUE,
} from "@/lib/http/security-headers";

/**
 * Runs before every page render. Two jobs, nothing else (authorization stays in the pages and
 * actions, which read the session per request):
 * - Tells server components which URL was requested, so a page guard can send a signed-out
 *   visitor to /login and back afterwards (lib/authz/page-guard.ts). Overwrites whatever a client
 *   sent under the same name.
 * - Gives the page a fresh CSP nonce. The policy goes on the *request* too: Next reads the nonce
 *   from it while rendering and stamps it on its own scripts (pages render per request for this,
 *   see app/layout.tsx). The static headers (nosniff, framing, referrer, permissions) come from
 *   next.config.ts for every response; HSTS is added here because it depends on the request.
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const isHttps = isHttpsRequest({
    forwardedProto: request.headers.get("x-forwarded-proto"),
    publicUrl: env.NEXTAUTH_URL,
    trustedProxyHops: env.TRUSTED_PROXY_HOPS,
  });
  const policy = pageContentSecurityPolicy({ nonce, isDevelopment: env.NODE_ENV === "development", isHttps });

  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, requestPathForHeader(request.nextUrl));
  headers.set(CONTENT_SECURITY_POLICY, policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(CONTENT_SECURITY_POLICY, policy);
  if (isHttps) response.headers.set(STRICT_TRANSPORT_SECURITY, STRICT_TRANSPORT_SECURITY_VALUE);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: no route handlers (their bodies are read through the bounded reader), no
      // static files, and no server action POSTs (a proxy would buffer their bodies, up to 30 MB).
      // Those get their headers from next.config.ts (and HSTS from defineRouteHandler).
      source: "/((?!api/|_next/static|_next/image|favicon.ico|.*\\.[a-zA-Z0-9]+$).*)",
      missing: [{ type: "header", key: "next-action" }],
    },
  ],
};
