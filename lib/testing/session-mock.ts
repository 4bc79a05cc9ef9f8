import { vi } from "vitest";

/**
 * The signed-in user for code under test. Test files that exercise actions or routes call
 * `vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock)` and then `signInAs(id)`; everything
 * after the session lookup (membership, permission, input, audit) runs for real.
 */
let currentUserId: string | null = null;
let currentSessionId: string | null = null;

export function signInAs(userId: string | null, sessionId: string | null = null) {
  currentUserId = userId;
  currentSessionId = sessionId;
}

export const sessionModuleMock = {
  getSessionUserId: vi.fn(async () => currentUserId),
  getSessionContext: vi.fn(async () => (currentUserId ? { userId: currentUserId, sessionId: currentSessionId } : null)),
  getCurrentUser: vi.fn(async () => null),
};
