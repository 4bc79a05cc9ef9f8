import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  digestPersonalFields,
  GENESIS_HASH,
  legacyHashAuditEntry,
  signAuditEntry,
  type HashedAuditFields,
} from "./hash";
import { buildAuditKeyring, deriveAuditKeyFromAuthSecret } from "./keys";

const key = buildAuditKeyring([{ id: "k1", secret: "a".repeat(32) }]).signing;
const otherKey = buildAuditKeyring([{ id: "k1", secret: "b".repeat(32) }]).signing;

const entry: HashedAuditFields = {
  id: "aud_1",
  chainKey: "ws_1",
  chainSeq: 1,
  workspaceId: "ws_1",
  actorUserId: "usr_1",
  action: "members.add",
  targetType: "user",
  targetId: "usr_2",
  outcome: "success",
  detail: { role: "editor", nested: { b: 1, a: [1, { d: 1, c: 2 }] } },
  personalDigest: "d".repeat(64),
  keyId: "k1",
  createdAt: new Date("2026-01-01T00:00:00.123Z"),
  prevHash: GENESIS_HASH,
};

describe("audit hashing", () => {
  it("does not depend on key order (jsonb reorders keys)", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
    const reordered = { ...entry, detail: { nested: { a: [1, { c: 2, d: 1 }], b: 1 }, role: "editor" } };
    expect(signAuditEntry(reordered, key)).toBe(signAuditEntry(entry, key));
  });

  it("changes when any covered field changes", () => {
    const base = signAuditEntry(entry, key);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    const variants: Partial<HashedAuditFields>[] = [
      { id: "aud_2" },
      { chainKey: "ws_2" },
      { chainSeq: 2 },
      { workspaceId: null },
      { actorUserId: "usr_9" },
      { action: "members.remove" },
      { targetType: "invitation" },
      { targetId: "usr_3" },
      { outcome: "denied" },
      { detail: { ...entry.detail, role: "admin" } },
      { personalDigest: "e".repeat(64) },
      { keyId: "k2" },
      { createdAt: new Date("2026-01-01T00:00:00.124Z") },
      { prevHash: "f".repeat(64) },
    ];
    for (const variant of variants) {
      expect(signAuditEntry({ ...entry, ...variant }, key), JSON.stringify(variant)).not.toBe(base);
    }
  });

  it("cannot be reproduced without the key: another key or the unkeyed sha256 give other hashes", () => {
    const base = signAuditEntry(entry, key);
    expect(signAuditEntry(entry, otherKey)).not.toBe(base);
    const { personalDigest: _digest, keyId: _keyId, ...rest } = entry;
    expect(legacyHashAuditEntry({ ...rest, actorLabel: null, ip: null })).not.toBe(base);
  });

  it("digests the personal fields with the key, so a changed label, IP or personal detail shows", () => {
    const personal = { actorLabel: "a@example.com", ip: "192.0.2.1", detailPersonal: { email: "b@example.com" } };
    const digest = digestPersonalFields(personal, key);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digestPersonalFields({ ...personal, actorLabel: "c@example.com" }, key)).not.toBe(digest);
    expect(digestPersonalFields({ ...personal, ip: "192.0.2.2" }, key)).not.toBe(digest);
    expect(digestPersonalFields({ ...personal, detailPersonal: { email: "d@example.com" } }, key)).not.toBe(digest);
    expect(digestPersonalFields(personal, otherKey)).not.toBe(digest);
  });

  it("derives a stable key from the session secret that is not the secret itself", () => {
    const derived = deriveAuditKeyFromAuthSecret("s".repeat(40));
    expect(derived.id).toBe("auth-derived");
    expect(derived.secret).toHaveLength(32);
    expect(deriveAuditKeyFromAuthSecret("s".repeat(40)).secret.equals(derived.secret)).toBe(true);
    expect(deriveAuditKeyFromAuthSecret("t".repeat(40)).secret.equals(derived.secret)).toBe(false);
    expect(derived.secret.toString("utf8")).not.toContain("s".repeat(32));
  });
});
