/**
 * The client's IP for rate limiting. X-Forwarded-For can be forged by the client at its left
 * end, so we count from the right: the entry `TRUSTED_PROXY_HOPS` places from the end is the
 * one our own proxies (or Next's server itself, with 0 hops) appended.
 */
export function clientIpFromForwardedFor(headerValue: string | null | undefined, trustedProxyHops: number): string | null {
  if (!headerValue) return null;
  const hops = headerValue
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return hops[hops.length - 1 - trustedProxyHops] ?? hops[0] ?? null;
}
