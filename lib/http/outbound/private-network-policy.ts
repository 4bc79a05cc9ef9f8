import ipaddr from "ipaddr.js";

type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

/**
 * The instance's bound on a workspace's "allow private networks" setting (env OUTBOUND_PRIVATE_NETWORKS). On a
 * multi-tenant instance a workspace admin must not be able to point the server at its own loopback or the hosting
 * network just by ticking a box:
 * - `workspace` (default, the behaviour before the bound existed): the workspace setting decides;
 * - `never`: the setting is ignored (and shown disabled), nothing private is reached;
 * - a list of CIDRs: the setting admits only private addresses inside them (`10.20.0.0/16,fd00:1234::/32`).
 * The bound only ever narrows: public addresses pass and link-local, multicast, reserved or embedded-IPv4 addresses
 * stay refused whatever it says (address-policy.ts).
 */
export type PrivateNetworkPolicy = { mode: "workspace" } | { mode: "never" } | { mode: "ranges"; ranges: readonly Cidr[]; cidrs: readonly string[] };

/** What checkAddress needs: whether private ranges are admitted at all, and (when bounded) only which. */
export type PrivateNetworkAccess = { allowPrivateNetworks: boolean; privateRanges?: readonly Cidr[] };

export const DEFAULT_PRIVATE_NETWORK_POLICY: PrivateNetworkPolicy = { mode: "workspace" };

/** Why a value of OUTBOUND_PRIVATE_NETWORKS is unusable, or null. */
export function privateNetworkPolicyProblem(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === "workspace" || trimmed === "never") return null;
  const entries = trimmed.split(",").map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return 'must be "workspace", "never" or a comma-separated list of CIDR ranges (10.20.0.0/16,fd00::/8)';
  for (const entry of entries) {
    const range = parseStrictCidr(entry);
    if (!range) return `"${entry}" is not a CIDR range (write it as a full address/prefix, e.g. 10.20.0.0/16 or fd00:1234::/32); the other values are "workspace" and "never"`;
    if (range[1] === 0) return `"${entry}" admits every address, which bounds nothing; list the private ranges to admit (e.g. 10.20.0.0/16)`;
    if (coversLoopback(range)) return `"${entry}" includes loopback (127.0.0.0/8 or ::1), the server's own services; list only the private ranges to admit`;
  }
  return null;
}

/** Parses a value that passed privateNetworkPolicyProblem; unset means `workspace`. */
export function parsePrivateNetworkPolicy(value: string | undefined): PrivateNetworkPolicy {
  const trimmed = (value ?? "").trim();
  if (trimmed === "" || trimmed === "workspace") return DEFAULT_PRIVATE_NETWORK_POLICY;
  if (trimmed === "never") return { mode: "never" };
  const problem = privateNetworkPolicyProblem(trimmed);
  if (problem) throw new Error(`OUTBOUND_PRIVATE_NETWORKS ${problem}`);
  const cidrs = trimmed.split(",").map((entry) => entry.trim()).filter(Boolean);
  return { mode: "ranges", cidrs, ranges: cidrs.map((cidr) => ipaddr.parseCIDR(cidr)) };
}

/** The workspace's setting as bounded by the instance: what the outbound client is given. */
export function privateNetworkAccess(workspaceAllows: boolean, policy: PrivateNetworkPolicy): PrivateNetworkAccess {
  if (policy.mode === "never") return { allowPrivateNetworks: false };
  if (policy.mode === "ranges") return { allowPrivateNetworks: workspaceAllows, privateRanges: policy.ranges };
  return { allowPrivateNetworks: workspaceAllows };
}

/** Whether a private address (already classified as such) is inside the admitted ranges, when there are any. */
export function isInAdmittedRanges(address: ipaddr.IPv4 | ipaddr.IPv6, ranges: readonly Cidr[] | undefined): boolean {
  if (!ranges) return true;
  return ranges.some(([network, bits]) => network.kind() === address.kind() && address.match(network, bits));
}

const IPV4_LOOPBACK: Cidr = [ipaddr.IPv4.parse("127.0.0.0"), 8];
const IPV6_LOOPBACK = ipaddr.IPv6.parse("::1");

/**
 * A CIDR written in full, or null. ipaddr.js also takes the classic short forms (`10/8` is 0.0.0.10/8, `10.1/16` is
 * 10.0.0.1/16), which would silently admit another range than the admin meant: the address must be a dotted quad
 * (no octal or hex parts) or a valid IPv6 address, the prefix plain digits.
 */
function parseStrictCidr(value: string): Cidr | null {
  const match = /^([^/]+)\/(\d{1,3})$/.exec(value);
  if (!match) return null;
  const [, address = "", prefix = ""] = match;
  if (!ipaddr.IPv4.isValidFourPartDecimal(address) && !ipaddr.IPv6.isValid(address)) return null;
  try {
    return ipaddr.parseCIDR(`${address}/${prefix}`);
  } catch {
    return null;
  }
}

/** Whether the range reaches a loopback address: the instance's own services must not be opened by a range. */
function coversLoopback([network, bits]: Cidr): boolean {
  if (network.kind() === "ipv4") {
    const [loopback, loopbackBits] = IPV4_LOOPBACK;
    // The ranges overlap when either holds the other's network address.
    return network.match(loopback, loopbackBits) || loopback.match(network, bits);
  }
  return IPV6_LOOPBACK.match(network, bits);
}
