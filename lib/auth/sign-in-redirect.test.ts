import { describe, expect, it } from "vitest";
import { hasSessionCookie, requestPathForHeader, signInPathFor } from "./sign-in-redirect";

describe("sign-in redirect of a guarded page", () => {
  it("brings the visitor back to the requested page and says the session ended", () => {
    expect(signInPathFor({ callbackPath: "/nordlicht/review?state=in_review", reason: "session_ended" })).toBe(
      "/login?callbackUrl=%2Fnordlicht%2Freview%3Fstate%3Din_review&reason=session_ended",
    );
    const url = new URL(signInPathFor({ callbackPath: "/nordlicht/review?state=in_review", reason: "session_ended" }), "http://x");
    expect(url.searchParams.get("callbackUrl")).toBe("/nordlicht/review?state=in_review");
  });
  it("never carries an off-site callback", () => {
    for (const callbackPath of ["//evil.example", "/\\evil.example", "https://evil.example", "/\t/evil.example"]) {
      expect(signInPathFor({ callbackPath, reason: "session_ended" }), callbackPath).toBe("/login?reason=session_ended");
    }
  });
  it("is plain /login without path or reason", () => {
    expect(signInPathFor({})).toBe("/login");
    expect(signInPathFor({ callbackPath: "/" })).toBe("/login");
  });
  it("stores the requested path without Next's _rsc cache key", () => {
    expect(requestPathForHeader({ pathname: "/nordlicht/review", search: "?_rsc=abc&state=draft" })).toBe("/nordlicht/review?state=draft");
    expect(requestPathForHeader({ pathname: "/nordlicht", search: "?_rsc=abc" })).toBe("/nordlicht");
    expect(requestPathForHeader({ pathname: "/nordlicht", search: "" })).toBe("/nordlicht");
  });
  it("recognises next-auth's session cookie, also when chunked", () => {
    expect(hasSessionCookie(["next-auth.session-token"])).toBe(true);
    expect(hasSessionCookie(["__Secure-next-auth.session-token.0"])).toBe(true);
    expect(hasSessionCookie(["next-auth.csrf-token", "theme"])).toBe(false);
  });
});
