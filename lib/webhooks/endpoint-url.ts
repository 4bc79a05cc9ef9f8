import type { ErrorMessage } from "@/lib/errors";
import { renderEnglishErrorMessage } from "@/lib/i18n/error-messages";
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
  const problem = webhookUrlProblem(value, options);
  return problem && renderEnglishErrorMessage(problem.key, problem.params ?? {});
}

/** The same check as a message key, for the reader's language. */
export function webhookUrlProblem(value: string, options: { allowPrivateNetworks: boolean }): ErrorMessage | null {
  let url: URL;
  try {
    url = checkOutboundUrl(value, options);
  } catch (error) {
    if (!isOutboundRequestError(error)) throw error;
    if (error.reason === "invalid_url") return { key: "webhooks.urlNotAbsolute" };
    if (error.reason === "unsupported_scheme") return { key: "webhooks.urlNotHttp" };
    if (error.reason === "credentials_in_url") return { key: "webhooks.urlHasCredentials" };
    return { key: "webhooks.urlPrivateHost" };
  }
  if (!options.allowPrivateNetworks && isLocalName(url.hostname)) return { key: "webhooks.urlLocalName" };
  return null;
}

function isLocalName(hostname: string): boolean {
  // "internal." and "internal" are the same name to DNS: a trailing dot must not slip past.
  const host = hostname.toLowerCase().replace(/\.+$/, "");
  return host === "localhost" || host.endsWith(".localhost") || host.endsWith(".internal") || host.endsWith(".local");
}
