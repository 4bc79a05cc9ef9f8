import { describe, expect, it } from "vitest";
import { canonicalJson, GENESIS_HASH, hashAuditEntry, type HashedAuditFields } from "./hash";

const entry: HashedAuditFields = {
  id: "aud_1",
  chainKey: "ws_1",
  chainSeq: 1,
  workspaceId: "ws_1",
  actorUserId: "usr_1",
  actorLabel: "a@example.com",
  action: "members.add",
  targetType: "user",
  targetId: "usr_2",
  outcome: "success",
  detail: { role: "editor", nested: { b: 1, a: [1, { d: 1, c: 2 }] } },
  ip: null,
  createdAt: new Date("2026-01-01T00:00:00.123Z"),
  prevHash: GENESIS_HASH,
};

describe("audit hashing", () => {
  it("does not depend on key order (jsonb reorders keys)", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
    const reordered = { ...entry, detail: { nested: { a: [1, { c: 2, d: 1 }], b: 1 }, role: "editor" } };
    expect(hashAuditEntry(reordered)).toBe(hashAuditEntry(entry));
  });

  it("changes when any covered field changes", () => {
    const base = hashAuditEntry(entry);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(hashAuditEntry({ ...entry, outcome: "denied" })).not.toBe(base);
    expect(hashAuditEntry({ ...entry, prevHash: "f".repeat(64) })).not.toBe(base);
    expect(hashAuditEntry({ ...entry, createdAt: new Date("2026-01-01T00:00:00.124Z") })).not.toBe(base);
    expect(hashAuditEntry({ ...entry, detail: { ...entry.detail, role: "admin" } })).not.toBe(base);
  });
});
