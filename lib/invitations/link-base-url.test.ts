import { describe, expect, it } from "vitest";
import { invitationUrl, originFromHeaders } from "./link-base-url";

describe("originFromHeaders", () => {
  it("uses the forwarded host and protocol when a proxy set them", () => {
    expect(originFromHeaders({ host: "internal:3000", forwardedHost: "app.brand.example", forwardedProto: "https" })).toBe("https://app.brand.example");
    expect(originFromHeaders({ host: "localhost:3000", forwardedHost: null, forwardedProto: null })).toBe("http://localhost:3000");
  });

  it("refuses a host that is not a plain host name", () => {
    for (const host of ["evil.example/path", "a@evil.example", "", "evil.example:port", "x y"]) {
      expect(originFromHeaders({ host, forwardedHost: null, forwardedProto: null }), host).toBeNull();
    }
    expect(originFromHeaders({ host: null, forwardedHost: null, forwardedProto: "https" })).toBeNull();
  });

  it("never takes an unknown protocol from the header", () => {
    expect(originFromHeaders({ host: "app.example", forwardedHost: null, forwardedProto: "javascript" })).toBe("http://app.example");
  });
});

describe("invitationUrl", () => {
  it("joins base and token without a double slash", () => {
    expect(invitationUrl("https://app.example/", "abc")).toBe("https://app.example/invite/abc");
  });
});
