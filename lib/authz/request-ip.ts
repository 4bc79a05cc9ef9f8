import "server-only";
import { headers } from "next/headers";
import { clientIpFromForwardedFor } from "@/lib/auth/client-ip";
import { env } from "@/lib/env";

/** The caller's IP inside a server action, or null outside a request (tests, scripts). */
export async function currentRequestIp(): Promise<string | null> {
  try {
    const requestHeaders = await headers();
    return clientIpFromForwardedFor(requestHeaders.get("x-forwarded-for"), env.TRUSTED_PROXY_HOPS);
  } catch {
    return null;
  }
}
