import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";

// The one route outside defineRouteHandler: it *is* the session layer the wrapper relies on.
// It is allow-listed, with this reason, in lib/authz/entry-points.test.ts.
type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: RouteContext) {
  return NextAuth(request as never, context as never, getAuthOptions());
}

export { handler as GET, handler as POST };
