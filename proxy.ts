import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER, requestPathForHeader } from "@/lib/auth/sign-in-redirect";

/**
 * Tells server components which URL was requested, so a page guard can send a signed-out visitor
 * to /login and back to that page afterwards (lib/authz/page-guard.ts). Overwrites whatever a
 * client sent under the same name. Nothing else happens here: authorization stays in the pages
 * and actions, which read the session per request.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, requestPathForHeader(request.nextUrl));
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: [
    {
      // Pages only: no route handlers (their bodies are read through the bounded reader), no
      // static files, and no server action POSTs (a proxy would buffer their bodies, up to 30 MB).
      source: "/((?!api/|_next/static|_next/image|favicon.ico|.*\\.[a-zA-Z0-9]+$).*)",
      missing: [{ type: "header", key: "next-action" }],
    },
  ],
};
