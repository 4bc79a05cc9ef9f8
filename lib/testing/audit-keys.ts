import { afterEach } from "vitest";
import { buildAuditKeyring, replaceAuditKeyringForTests } from "@/lib/audit/keys";

/**
 * Signs and verifies with these keys (first signs) until the test ends, as if AUDIT_HMAC_KEYS
 * listed them: rotation and foreign keys are provable without restarting the process.
 */
export function useAuditKeys(...keys: { id: string; secret: string }[]): void {
  replaceAuditKeyringForTests(buildAuditKeyring(keys));
}

/** Call once per test file that uses useAuditKeys: back to the configured keyring after each test. */
export function restoreAuditKeysAfterEachTest(): void {
  afterEach(() => replaceAuditKeyringForTests(null));
}
