import { vi } from "vitest";

/**
 * The signed-in user for code under test. Test files that exercise actions or routes call
 * `vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock)` and then `signInAs(id)`; everything
 * after the session lookup (membership, permission, input, audit) runs for real.
 */
let currentUserId: string | null = null;

export function signInAs(userId: string | null) {
  currentUserId = userId;
}

export const sessionModuleMock = {
  getSessionUserId: vi.fn(async () => currentUserId),
  getCurrentUser: vi.fn(async () => null),
};
