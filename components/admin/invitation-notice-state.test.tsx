import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { withIntl } from "@/lib/testing/intl";
import type { UiLocale } from "@/lib/i18n/locales";
import { nextInvitationNotice, type InvitationNotice, type IssuedInvitationView } from "./invitation-notice-state";
import { IssuedInvitationNotice } from "./issued-invitation-notice";

/** The notice's first sentences as a reader sees them (the link field and its button dropped). */
function describeIssuedInvitation(view: IssuedInvitationView, locale: UiLocale = "en"): string {
  const html = renderToStaticMarkup(withIntl(<IssuedInvitationNotice issued={view} />, locale));
  return html.replace(/<div class="mt-2[\s\S]*$/, "").replace(/<[^>]+>/g, "").trim();
}

const issued = (overrides: Partial<IssuedInvitationView> = {}): IssuedInvitationView => ({
  invitation: { id: "inv_1", email: "eddie@example.com", role: "editor" },
  resent: false,
  link: "https://brandpilot.example/invite/abc",
  ...overrides,
});

describe("members page notice", () => {
  it("keeps only the newest notice, wherever it came from", () => {
    let notice: InvitationNotice | null = null;
    notice = nextInvitationNotice(notice, { type: "issued", source: "invite-form", issued: issued() });
    notice = nextInvitationNotice(notice, {
      type: "issued",
      source: "invite-form",
      issued: issued({ invitation: { id: "inv_2", email: "other@example.com", role: "marketer" } }),
    });
    notice = nextInvitationNotice(notice, { type: "failed", source: "invitations-table", message: "Not allowed." });
    expect(notice).toEqual({ source: "invitations-table", kind: "failed", message: "Not allowed." });
  });

  it("drops a shown link when that invitation is revoked", () => {
    const shown = nextInvitationNotice(null, { type: "issued", source: "invite-form", issued: issued() });
    const after = nextInvitationNotice(shown, {
      type: "revoked",
      source: "invitations-table",
      invitation: { id: "inv_1", email: "eddie@example.com" },
    });
    expect(after).toEqual({ source: "invitations-table", kind: "revoked", invitationId: "inv_1", email: "eddie@example.com" });
    expect(JSON.stringify(after)).not.toContain("/invite/abc");
  });

  it("replaces a shown link by the new one when that invitation is resent", () => {
    const shown = nextInvitationNotice(null, { type: "issued", source: "invite-form", issued: issued() });
    const resent = issued({ resent: true, link: "https://brandpilot.example/invite/def" });
    const after = nextInvitationNotice(shown, { type: "issued", source: "invitations-table", issued: resent });
    expect(after).toEqual({ source: "invitations-table", kind: "issued", issued: resent });
    expect(JSON.stringify(after)).not.toContain("/invite/abc");
  });
});

describe("issued invitation wording", () => {
  it("says created for a new invitation and resent for a repeated one", () => {
    expect(describeIssuedInvitation(issued())).toMatch(/^Invitation for eddie@example.com as Editor created\. No e-mail was sent/);
    expect(describeIssuedInvitation(issued({ resent: true }))).toMatch(
      /^Invitation for eddie@example.com as Editor resent\. A new link replaces the earlier one, which no longer works\. No e-mail/,
    );
  });
  it("says sent when the mail went out", () => {
    expect(describeIssuedInvitation(issued({ link: null }))).toBe("Invitation sent to eddie@example.com as Editor.");
    expect(describeIssuedInvitation(issued({ link: null, resent: true }))).toMatch(/^Invitation resent to eddie@example\.com as Editor\./);
  });
});

describe("issued invitation wording in German", () => {
  it("names the role in German and keeps the address", () => {
    expect(describeIssuedInvitation(issued({ link: null }), "de")).toBe("Einladung an eddie@example.com als Redakteur:in gesendet.");
  });
});
