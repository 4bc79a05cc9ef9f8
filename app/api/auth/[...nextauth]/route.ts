import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/options";
import { bufferBoundedRequest, payloadTooLargeResponse, PayloadTooLargeError } from "@/lib/http/read-bounded-body";

// The one route outside defineRouteHandler: it *is* the session layer the wrapper relies on.
// It is allow-listed, with this reason, in lib/authz/entry-points.int.test.ts.
type RouteContext = { params: Promise<{ nextauth: string[] }> };

/**
 * Not exported: a route file may only export handlers and route config. Sign-in, sign-out and
 * callback forms are a few hundred bytes. next-auth would read any body
 * whole (`req.text()`/`req.json()`) before a single check, so it gets one read under this limit.
 */
const AUTH_MAX_BODY_BYTES = 16 * 1024;

async function handler(request: NextRequest, context: RouteContext) {
  let bounded: NextRequest;
  try {
    const { url, init } = await bufferBoundedRequest(request, AUTH_MAX_BODY_BYTES);
    // next-auth reads `req.nextUrl`, so it needs a NextRequest, not a plain Request.
    bounded = new NextRequest(url, init as ConstructorParameters<typeof NextRequest>[1]);
  } catch (error) {
    if (error instanceof PayloadTooLargeError) return payloadTooLargeResponse(error);
    throw error;
  }
  return NextAuth(bounded as never, context as never, getAuthOptions());
}

export { handler as GET, handler as POST };
