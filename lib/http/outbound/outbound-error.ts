import type { AddressRefusal } from "./address-policy";
import type { PrivateNetworkAccess, PrivateNetworkPolicy } from "./private-network-policy";

export type OutboundRefusalReason =
  | "invalid_url"
  | "unsupported_scheme"
  | "credentials_in_url"
  | "blocked_address"
  | "dns_failure"
  | "too_many_redirects"
  | "too_large"
  | "timeout"
  | "network";

const RANGE_WORDS: Record<AddressRefusal, string> = {
  private: "a private network address",
  loopback: "a loopback address",
  link_local: "a link-local address (such as the cloud metadata service)",
  unique_local: "a unique-local IPv6 address",
  carrier_grade_nat: "a carrier-grade NAT address",
  multicast: "a multicast or broadcast address",
  unspecified: "an unspecified address",
  embedded_ipv4: "an IPv6 address that embeds an IPv4 address",
  reserved: "a reserved address",
  not_an_address: "something that is not an IP address",
};

/**
 * Why an outbound request was refused or failed, as a sentence safe to show and store: it names
 * the kind of address, never the resolved address itself or any part of a response body (the
 * answer of an internal service must not leak through an error message).
 */
export class OutboundRequestError extends Error {
  constructor(
    readonly reason: OutboundRefusalReason,
    message: string,
    readonly range?: AddressRefusal,
  ) {
    super(message);
    this.name = "OutboundRequestError";
  }

  static blocked(host: string, range: AddressRefusal, access: PrivateNetworkAccess, policy: PrivateNetworkPolicy): OutboundRequestError {
    return new OutboundRequestError("blocked_address", `Refused: ${host} resolves to ${RANGE_WORDS[range]}.${privateNetworkHint(range, access, policy)}`, range);
  }
}

/** What could admit the address, if anything: the workspace setting, or nothing the workspace can change. */
function privateNetworkHint(range: AddressRefusal, access: PrivateNetworkAccess, policy: PrivateNetworkPolicy): string {
  if (!["private", "loopback", "unique_local", "carrier_grade_nat"].includes(range)) return "";
  if (policy.mode === "never") return " This instance does not allow requests to private networks.";
  if (!access.allowPrivateNetworks) {
    const bound = policy.mode === "ranges" ? " within the ranges this instance admits" : "";
    return ` An admin can allow private networks for this workspace (for an intranet site)${bound}.`;
  }
  // Allowed by the workspace, so refused by the instance's ranges.
  return " It is outside the private ranges this instance admits.";
}

export function isOutboundRequestError(error: unknown): error is OutboundRequestError {
  return error instanceof OutboundRequestError;
}
