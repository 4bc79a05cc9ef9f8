import type { AddressRefusal } from "./address-policy";

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

  static blocked(host: string, range: AddressRefusal, allowPrivateNetworks: boolean): OutboundRequestError {
    const hint = allowPrivateNetworks || !["private", "loopback", "unique_local", "carrier_grade_nat"].includes(range)
      ? ""
      : " An admin can allow private networks for this workspace (for an intranet site).";
    return new OutboundRequestError("blocked_address", `Refused: ${host} resolves to ${RANGE_WORDS[range]}.${hint}`, range);
  }
}

export function isOutboundRequestError(error: unknown): error is OutboundRequestError {
  return error instanceof OutboundRequestError;
}
