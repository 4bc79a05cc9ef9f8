import "server-only";
import { headers } from "next/headers";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";

/** The caller's IP inside a server action, or null outside a request (tests, scripts). */
export async function currentRequestIp(): Promise<string | null> {
  try {
    return clientIpFromHeaders(await headers());
  } catch {
    return null;
  }
}
