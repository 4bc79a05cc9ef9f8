import { isIP } from "node:net";
import { env } from "@/lib/env";

/*
 * The client's IP, for per-IP sign-in limits and the audit log.
 *
 * What Next 16 really passes through (`next start`, checked with curl against a built app, see
 * client-ip.test.ts): Next does NOT append the socket address to X-Forwarded-For. Its server
 * only fills the header when it is absent (`req.headers['x-forwarded-for'] ??= socket.remoteAddress`
 * in next/dist/server/base-server.js). So a request with a forged `X-Forwarded-For: 6.6.6.6`
 * reaches the route and next-auth's `authorize` as exactly `6.6.6.6`, and one without it arrives
 * with the socket address; the two cannot be told apart. Route handlers have no access to the
 * socket (`request.ip` is gone since Next 15).
 *
 * Hence:
 * - TRUSTED_PROXY_HOPS = 0 (the app is reached directly): the header is ignored entirely and
 *   there is no client IP (null). Anything else would let a client pick its own IP and rotate it
 *   to escape per-IP limits.
 * - TRUSTED_PROXY_HOPS = n: each of our n proxies appends the address it received the request
 *   from, so the n-th entry from the right was written by our outermost proxy and names the
 *   client. Everything left of it is client-supplied and never read. A header with fewer than n
 *   entries means a proxy did not append (misconfiguration or a request that bypassed a proxy):
 *   null, never a fallback to an entry the client could have written.
 */

/** The client IP from an X-Forwarded-For value, trusting only the last `trustedProxyHops` entries. */
export function clientIpFromForwardedFor(headerValue: string | null | undefined, trustedProxyHops: number): string | null {
  if (!headerValue || !Number.isInteger(trustedProxyHops) || trustedProxyHops < 1) return null;
  const entries = headerValue
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (entries.length < trustedProxyHops) return null;
  const candidate = entries[entries.length - trustedProxyHops]!;
  // A proxy writes a bare address; anything else ("unknown", "1.2.3.4:5678", junk) is not a key
  // we want to count attempts under.
  return isIP(candidate) ? candidate.toLowerCase() : null;
}

/** Headers as next-auth hands them to `authorize(credentials, req)` (a plain object) or a Fetch `Headers`. */
export type HeaderSource = Headers | Record<string, unknown>;

function forwardedForOf(headers: HeaderSource | null | undefined): string | null {
  if (!headers) return null;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get("x-forwarded-for");
  const record = headers as Record<string, unknown>;
  const key = Object.keys(record).find((name) => name.toLowerCase() === "x-forwarded-for");
  const value = key === undefined ? undefined : record[key];
  // Node joins repeated headers into one string, but a raw IncomingHttpHeaders may hold an array.
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string").join(", ");
  return typeof value === "string" ? value : null;
}

/**
 * The client IP from request headers: next-auth's `req.headers` in `authorize`, or
 * `await headers()` (next/headers) in a server action. Null when it cannot be trusted (see above).
 */
export function clientIpFromHeaders(
  headers: HeaderSource | null | undefined,
  trustedProxyHops: number = env.TRUSTED_PROXY_HOPS,
): string | null {
  return clientIpFromForwardedFor(forwardedForOf(headers), trustedProxyHops);
}

/** Expands an IPv6 address to its 8 hextets (no `::`, no embedded IPv4), or null. */
function ipv6Hextets(address: string): number[] | null {
  let text = address.toLowerCase().split("%")[0]!;
  const embedded = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (embedded) {
    const [a, b, c, d] = embedded[1]!.split(".").map(Number) as [number, number, number, number];
    text = `${text.slice(0, -embedded[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const headParts = head ? head.split(":") : [];
  const tailParts = tail ? tail.split(":") : [];
  const missing = 8 - headParts.length - tailParts.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return null;
  return [...headParts, ...Array(tail === undefined ? 0 : missing).fill("0"), ...tailParts].map((part) => parseInt(part || "0", 16));
}

/**
 * The key a client IP is rate-limited under. One IPv6 host usually holds a whole /64 and can
 * rotate through it, so IPv6 addresses count per /64 network; IPv4-mapped IPv6 addresses count
 * as their IPv4 address. IPv4 addresses count one by one.
 */
export function rateLimitKeyForIp(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const hextets = ipv6Hextets(ip);
  if (!hextets) return ip;
  const isMappedIpv4 = hextets.slice(0, 5).every((part) => part === 0) && hextets[5] === 0xffff;
  if (isMappedIpv4) return [hextets[6]! >> 8, hextets[6]! & 0xff, hextets[7]! >> 8, hextets[7]! & 0xff].join(".");
  return `${hextets.slice(0, 4).map((part) => part.toString(16)).join(":")}::/64`;
}
