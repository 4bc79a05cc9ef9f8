import { describe, expect, it } from "vitest";
import { decideInvitationLinkSettings, invitationUrl, originFromHeaders } from "./link-base-url";

describe("originFromHeaders", () => {
  it("uses the Host header and the protocol a proxy reports", () => {
    expect(originFromHeaders({ host: "app.brand.example", forwardedProto: "https" })).toBe("https://app.brand.example");
    expect(originFromHeaders({ host: "localhost:3000", forwardedProto: null })).toBe("http://localhost:3000");
  });

  it("refuses a host that is not a plain host name", () => {
    for (const host of ["evil.example/path", "a@evil.example", "", "evil.example:port", "x y", "a.example,evil.example"]) {
      expect(originFromHeaders({ host, forwardedProto: null }), host).toBeNull();
    }
    expect(originFromHeaders({ host: null, forwardedProto: "https" })).toBeNull();
  });

  it("never takes an unknown protocol from the header", () => {
    expect(originFromHeaders({ host: "app.example", forwardedProto: "javascript" })).toBe("http://app.example");
  });
});

describe("decideInvitationLinkSettings (regression: host-header poisoning)", () => {
  const smtpUrl = "smtp://mail.brand.example:587";
  const mailFrom = "Brandpilot <no-reply@brand.example>";

  it("mails only when both SMTP_URL and NEXTAUTH_URL are set, with links on NEXTAUTH_URL", () => {
    expect(decideInvitationLinkSettings({ nextAuthUrl: "https://bp.brand.example/", smtpUrl, mailFrom, requestOrigin: "http://evil.example" })).toEqual({
      baseUrl: "https://bp.brand.example",
      mail: { smtpUrl, from: mailFrom },
    });
  });

  it("without NEXTAUTH_URL, never mails, even with SMTP set: the link is shown on the request's host", () => {
    expect(decideInvitationLinkSettings({ nextAuthUrl: undefined, smtpUrl, mailFrom, requestOrigin: "https://bp.internal:3000" })).toEqual({
      baseUrl: "https://bp.internal:3000",
      mail: null,
    });
    expect(decideInvitationLinkSettings({ nextAuthUrl: undefined, smtpUrl, mailFrom, requestOrigin: null })).toEqual({
      baseUrl: "http://localhost:3000",
      mail: null,
    });
  });

  it("without SMTP, shows links on NEXTAUTH_URL when it is set", () => {
    expect(decideInvitationLinkSettings({ nextAuthUrl: "https://bp.brand.example", smtpUrl: undefined, mailFrom, requestOrigin: "http://other" })).toEqual({
      baseUrl: "https://bp.brand.example",
      mail: null,
    });
  });
});

describe("invitationUrl", () => {
  it("joins base and token without a double slash", () => {
    expect(invitationUrl("https://app.example/", "abc")).toBe("https://app.example/invite/abc");
  });
});
