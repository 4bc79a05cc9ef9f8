import { describe, expect, it } from "vitest";
import { invitationState } from "./state";

const now = new Date("2026-06-01T12:00:00Z");
const later = new Date("2026-06-02T12:00:00Z");
const earlier = new Date("2026-05-31T12:00:00Z");

describe("invitationState", () => {
  it("is valid until it expires, expired from the expiry instant on", () => {
    expect(invitationState({ acceptedAt: null, revokedAt: null, expiresAt: later }, now)).toBe("valid");
    expect(invitationState({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(invitationState({ acceptedAt: null, revokedAt: null, expiresAt: earlier }, now)).toBe("expired");
  });

  it("reports accepted and revoked even after the expiry passed", () => {
    expect(invitationState({ acceptedAt: earlier, revokedAt: null, expiresAt: earlier }, now)).toBe("accepted");
    expect(invitationState({ acceptedAt: null, revokedAt: earlier, expiresAt: earlier }, now)).toBe("revoked");
  });
});
