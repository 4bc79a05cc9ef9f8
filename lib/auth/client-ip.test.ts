import { describe, expect, it } from "vitest";
import { clientIpFromForwardedFor } from "./client-ip";

describe("client IP from X-Forwarded-For", () => {
  it("takes the entry our side appended, ignoring what the client forged on the left", () => {
    expect(clientIpFromForwardedFor("6.6.6.6, 203.0.113.7", 0)).toBe("203.0.113.7");
    expect(clientIpFromForwardedFor("6.6.6.6, 203.0.113.7, 10.0.0.2", 1)).toBe("203.0.113.7");
  });
  it("copes with missing or short headers", () => {
    expect(clientIpFromForwardedFor(null, 0)).toBeNull();
    expect(clientIpFromForwardedFor("203.0.113.7", 2)).toBe("203.0.113.7");
  });
});
