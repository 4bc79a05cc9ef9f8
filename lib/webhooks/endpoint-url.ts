import { isIP } from "node:net";
import type { ErrorMessage } from "@/lib/errors";
import { renderEnglishErrorMessage } from "@/lib/i18n/error-messages";

/**
 * A webhook URL must be absolute http(s). Private and loopback addresses are refused unless the
 * deployment allows them (a CMS on the same network): otherwise anyone with the settings
 * permission could make the server call internal services (SSRF). Hostnames are checked as
 * written; a public name that resolves to a private address is not caught here (DNS rebinding),
 * which a network egress policy must cover.
 */
export function checkWebhookUrl(value: string, options: { allowPrivateNetworks: boolean }): string | null {
  const problem = webhookUrlProblem(value, options);
  return problem && renderEnglishErrorMessage(problem.key, problem.params ?? {});
}

/** The same check as a message key, for the reader's language. */
export function webhookUrlProblem(value: string, options: { allowPrivateNetworks: boolean }): ErrorMessage | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { key: "webhooks.urlNotAbsolute" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { key: "webhooks.urlNotHttp" };
  if (url.username || url.password) return { key: "webhooks.urlHasCredentials" };
  if (!options.allowPrivateNetworks && isPrivateHost(url.hostname)) return { key: "webhooks.urlPrivateHost" };
  return null;
}

function isPrivateHost(hostname: string): boolean {
  // "internal." and "internal" are the same name to DNS: a trailing dot must not slip past.
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase().replace(/\.+$/, "");
  if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".internal") || host.endsWith(".local")) return true;
  if (isIP(host) === 4) {
    const [a, b] = host.split(".").map(Number) as [number, number];
    return (
      a === 10 || a === 127 || a === 0 || a >= 224 || // private, loopback, "this network", multicast and reserved (224/3)
      (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127) || (a === 198 && (b === 18 || b === 19)) // CGNAT, benchmarking
    );
  }
  if (isIP(host) === 6) return host === "::1" || host === "::" || host.startsWith("fc") || host.startsWith("fd") || host.startsWith("fe80") || host.startsWith("::ffff:") || host.startsWith("64:ff9b:");
  return false;
}
