import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import type { MailOptions } from "./deliver";

const HOST_PATTERN = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/;
const LOCAL_DEV_ORIGIN = "http://localhost:3000";

/**
 * The origin the admin's browser used: the Host header, with the protocol a TLS-terminating proxy
 * reports (only http or https). Never X-Forwarded-Host: anything on the way can add it, and a link
 * must not point at a host the admin did not type. Null when the host is missing or is not a plain
 * host name, so nothing odd ends up in a link.
 */
export function originFromHeaders(values: { host: string | null; forwardedProto: string | null }): string | null {
  const host = values.host?.trim();
  if (!host || !HOST_PATTERN.test(host)) return null;
  const proto = values.forwardedProto?.split(",")[0]?.trim().toLowerCase();
  return `${proto === "https" ? "https" : "http"}://${host}`;
}

/** Where invitation links point and whether they are mailed. */
export type InvitationLinkSettings = { baseUrl: string; mail: MailOptions | null };

/**
 * The rule, from configuration alone. A mailed link carries a secret token to someone who trusts a
 * genuine Brandpilot mail, so its host must come from configuration: mail only when BOTH SMTP_URL
 * and NEXTAUTH_URL are set (the reset mail has the same rule, lib/account/settings.ts). Otherwise
 * the link is shown to the admin to hand over, built from NEXTAUTH_URL or else from the host of the
 * admin's own request: the admin sees that link, so a poisoned host is visible to them and reaches
 * nobody else.
 */
export function decideInvitationLinkSettings(config: {
  nextAuthUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  requestOrigin: string | null;
}): InvitationLinkSettings {
  if (config.nextAuthUrl) {
    return {
      baseUrl: config.nextAuthUrl.replace(/\/+$/, ""),
      mail: config.smtpUrl ? { smtpUrl: config.smtpUrl, from: config.mailFrom } : null,
    };
  }
  return { baseUrl: config.requestOrigin ?? LOCAL_DEV_ORIGIN, mail: null };
}

/** The settings for the current request (outside a request, e.g. in scripts: the local dev server). */
export async function resolveInvitationLinkSettings(): Promise<InvitationLinkSettings> {
  let requestOrigin: string | null = null;
  if (!env.NEXTAUTH_URL) {
    try {
      const requestHeaders = await headers();
      requestOrigin = originFromHeaders({ host: requestHeaders.get("host"), forwardedProto: requestHeaders.get("x-forwarded-proto") });
    } catch {
      // No request scope: fall through.
    }
  }
  return decideInvitationLinkSettings({ nextAuthUrl: env.NEXTAUTH_URL, smtpUrl: env.SMTP_URL, mailFrom: env.MAIL_FROM, requestOrigin });
}

/** The accept page for one token. */
export function invitationUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/invite/${token}`;
}
