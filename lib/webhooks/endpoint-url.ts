import { isOutboundRequestError } from "@/lib/http/outbound/outbound-error";
import { checkOutboundUrl } from "@/lib/http/outbound/safe-fetch";

/**
 * A webhook URL must be absolute http(s) without credentials; an IP literal in a refused range
 * (lib/http/outbound/address-policy.ts) and local names are refused at once, so the admin sees
 * the problem when saving. This is a courtesy, not the protection: a name can resolve to anything
 * and change later (DNS rebinding), so every delivery checks the addresses it connects to
 * (lib/http/outbound/safe-agent.ts).
 */
export function checkWebhookUrl(value: string, options: { allowPrivateNetworks: boolean }): string | null {
  let url: URL;
  try {
    url = checkOutboundUrl(value, options);
  } catch (error) {
    if (!isOutboundRequestError(error)) throw error;
    if (error.reason === "invalid_url") return "Enter an absolute URL, e.g. https://cms.example.com/hooks/brandpilot.";
    if (error.reason === "unsupported_scheme") return "The webhook URL must start with https:// (or http://).";
    if (error.reason === "credentials_in_url") return "Put credentials in the signing secret, not in the URL.";
    return error.message;
  }
  if (!options.allowPrivateNetworks && isLocalName(url.hostname)) {
    return "Local host names are not allowed. An admin can allow private networks for this workspace (a CMS on your own network).";
  }
  return null;
}

function isLocalName(hostname: string): boolean {
  // "internal." and "internal" are the same name to DNS: a trailing dot must not slip past.
  const host = hostname.toLowerCase().replace(/\.+$/, "");
  return host === "localhost" || host.endsWith(".localhost") || host.endsWith(".internal") || host.endsWith(".local");
}
