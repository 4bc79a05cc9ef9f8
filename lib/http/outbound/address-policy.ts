import ipaddr from "ipaddr.js";
import { isInAdmittedRanges, type PrivateNetworkAccess } from "./private-network-policy";

/**
 * Which addresses an outbound request on a user's behalf may connect to. Ranges are classified
 * by ipaddr.js (a maintained table of the IANA special-purpose registries) rather than by masks
 * written here: those drift (the old webhook check missed fe90::–febf::).
 *
 * Only globally routable unicast passes. "Allow private networks" (a workspace setting for an
 * intranet site or a CMS on the same network) also admits RFC 1918, loopback, unique-local and
 * CGNAT, but never link-local (169.254.169.254 is the cloud metadata service), multicast,
 * unspecified, reserved, or IPv6 forms that embed an IPv4 address (mapped, translated, 6to4,
 * Teredo), which would let a private IPv4 address hide inside an innocuous-looking IPv6 one. The instance may bound
 * the setting to some private ranges or switch it off (OUTBOUND_PRIVATE_NETWORKS, private-network-policy.ts).
 */
export type AddressRefusal =
  | "private"
  | "loopback"
  | "link_local"
  | "unique_local"
  | "carrier_grade_nat"
  | "multicast"
  | "unspecified"
  | "embedded_ipv4"
  | "reserved"
  | "not_an_address";

export const PRIVATE_NETWORK_RANGES: Record<string, AddressRefusal> = {
  private: "private",
  loopback: "loopback",
  uniqueLocal: "unique_local",
  carrierGradeNat: "carrier_grade_nat",
};

const ALWAYS_REFUSED_RANGES: Record<string, AddressRefusal> = {
  linkLocal: "link_local",
  multicast: "multicast",
  broadcast: "multicast",
  unspecified: "unspecified",
  ipv4Mapped: "embedded_ipv4",
  rfc6145: "embedded_ipv4",
  rfc6052: "embedded_ipv4",
  "6to4": "embedded_ipv4",
  teredo: "embedded_ipv4",
};

/**
 * Cloud metadata services that live inside ranges "allow private networks" admits: Alibaba Cloud's in CGNAT space
 * and AWS's IPv6 endpoint in unique-local space. They hand out instance credentials, so they stay refused whatever a
 * workspace allows (AWS's and others' IPv4 169.254.169.254 is link-local, refused anyway).
 */
const METADATA_SERVICES = ["100.100.100.200/32", "fd00:ec2::254/128"].map((cidr) => ipaddr.parseCIDR(cidr));

/** Null when the address may be connected to; otherwise why not. */
export function checkAddress(address: string, options: PrivateNetworkAccess): AddressRefusal | null {
  const bare = address.replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(bare)) return "not_an_address";
  // Zone ids (fe80::1%eth0) are parsed by ipaddr.js; the range is what counts.
  const parsed = ipaddr.parse(bare);
  if (METADATA_SERVICES.some(([network, bits]) => parsed.kind() === network.kind() && parsed.match(network, bits))) return "link_local";
  // IPv4-compatible IPv6 (::a.b.c.d, deprecated) embeds an IPv4 address, yet ipaddr.js calls it unicast.
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).parts.slice(0, 6).every((part) => part === 0) && bare !== "::" && bare !== "::1") return "embedded_ipv4";
  const range = parsed.range();
  if (range === "unicast") return null;
  if (range in ALWAYS_REFUSED_RANGES) return ALWAYS_REFUSED_RANGES[range]!;
  if (range in PRIVATE_NETWORK_RANGES) return options.allowPrivateNetworks && isInAdmittedRanges(parsed, options.privateRanges) ? null : PRIVATE_NETWORK_RANGES[range]!;
  // Documentation, benchmarking, AS112, AMT, ORCHID, discard, deprecated site-local, 240/4 …
  return "reserved";
}

/** A hostname that is an IP literal (with or without IPv6 brackets), as written in a URL. */
export function asIpLiteral(hostname: string): string | null {
  const bare = hostname.replace(/^\[|\]$/g, "");
  return ipaddr.isValid(bare) && (ipaddr.IPv4.isValidFourPartDecimal(bare) || bare.includes(":")) ? bare : null;
}
