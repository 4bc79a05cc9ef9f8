import { env } from "@/lib/env";
import { isHttpsRequest, STRICT_TRANSPORT_SECURITY, STRICT_TRANSPORT_SECURITY_VALUE } from "./security-headers";

/**
 * Adds HSTS to a route handler's response when the request came over HTTPS (the same rule as
 * proxy.ts for pages). next.config.ts cannot: its headers are fixed at build time, and this
 * depends on the deployment's public URL and proxies.
 */
export function withTransportSecurity(request: Request, response: Response): Response {
  const isHttps = isHttpsRequest({
    forwardedProto: request.headers.get("x-forwarded-proto"),
    publicUrl: env.NEXTAUTH_URL,
    trustedProxyHops: env.TRUSTED_PROXY_HOPS,
  });
  if (!isHttps) return response;
  try {
    response.headers.set(STRICT_TRANSPORT_SECURITY, STRICT_TRANSPORT_SECURITY_VALUE);
    return response;
  } catch {
    // Response.redirect() and fetched responses have immutable headers: copy into a new response.
    const copy = new Response(response.body, response);
    copy.headers.set(STRICT_TRANSPORT_SECURITY, STRICT_TRANSPORT_SECURITY_VALUE);
    return copy;
  }
}
