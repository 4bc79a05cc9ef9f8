import { lookup as dnsLookup } from "node:dns/promises";
import type { LookupFunction } from "node:net";
import { Agent } from "undici";
import { checkAddress } from "./address-policy";
import { OutboundRequestError } from "./outbound-error";
import { privateNetworkAccess, type PrivateNetworkPolicy } from "./private-network-policy";

export type ResolvedAddress = { address: string; family: 4 | 6 };
/** Name → every address it resolves to. Tests inject one that answers a made-up name with 127.0.0.1. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));

/**
 * The check sits in the socket's own name lookup, so the address checked is the address
 * connected to: a name that answers a public address to a pre-flight check and 127.0.0.1 to the
 * connection (DNS rebinding) cannot slip through, and neither can 169.254.169.254.nip.io. Every
 * resolved address must pass, not just the first: the socket may fall back to any of them.
 */
export function createCheckingLookup(options: { allowPrivateNetworks: boolean; policy: PrivateNetworkPolicy; resolver: Resolver }): LookupFunction {
  const access = privateNetworkAccess(options.allowPrivateNetworks, options.policy);
  return (hostname, lookupOptions, callback) => {
    options
      .resolver(hostname)
      .then((addresses) => {
        if (addresses.length === 0) throw new OutboundRequestError("dns_failure", `The name ${hostname} does not resolve to any address.`);
        for (const { address } of addresses) {
          const refusal = checkAddress(address, access);
          if (refusal) throw OutboundRequestError.blocked(hostname, refusal, access, options.policy);
        }
        const family = lookupOptions.family === 6 || lookupOptions.family === "IPv6" ? 6 : lookupOptions.family === 4 || lookupOptions.family === "IPv4" ? 4 : 0;
        const usable = family ? addresses.filter((a) => a.family === family) : addresses;
        if (lookupOptions.all) callback(null, usable);
        else if (usable[0]) callback(null, usable[0].address, usable[0].family);
        else callback(Object.assign(new Error(`No IPv${family} address for ${hostname}`), { code: "ENOTFOUND" }), "", 0);
      })
      .catch((error: Error) => {
        const failure = error instanceof OutboundRequestError ? error : new OutboundRequestError("dns_failure", `The name ${hostname} could not be resolved.`);
        callback(failure as NodeJS.ErrnoException, "", 0);
      });
  };
}

const globalAgents = globalThis as typeof globalThis & { __brandpilotOutboundAgents?: Map<string, Agent> };

/**
 * An undici dispatcher whose every connection goes through the checking lookup. System-resolver
 * agents are kept per process, one per setting and instance policy (connection reuse; the policy
 * is fixed per process outside tests); an injected resolver gets its own agent.
 */
export function getOutboundAgent(options: { allowPrivateNetworks: boolean; policy: PrivateNetworkPolicy; resolver?: Resolver }): Agent {
  const make = (resolver: Resolver) =>
    new Agent({ connect: { lookup: createCheckingLookup({ allowPrivateNetworks: options.allowPrivateNetworks, policy: options.policy, resolver }), timeout: 10_000 } });
  if (options.resolver) return make(options.resolver);
  const agents = (globalAgents.__brandpilotOutboundAgents ??= new Map());
  const key = `${options.allowPrivateNetworks}:${options.policy.mode}:${options.policy.mode === "ranges" ? options.policy.cidrs.join(",") : ""}`;
  let agent = agents.get(key);
  if (!agent) {
    agent = make(systemResolver);
    agents.set(key, agent);
  }
  return agent;
}
