import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { buildAuditKeyring } from "./keys";

describe("audit keys (AUDIT_HMAC_KEYS)", () => {
  it("reads keyId:secret pairs, the first one signing", () => {
    const env = parseEnv({ AUDIT_HMAC_KEYS: ` 2027-01:${"n".repeat(32)} , 2026-01:${"o".repeat(20)}:${"o".repeat(20)}` });
    expect(env.auditHmacKeys).toEqual([
      { id: "2027-01", secret: "n".repeat(32) },
      { id: "2026-01", secret: `${"o".repeat(20)}:${"o".repeat(20)}` },
    ]);
    const keyring = buildAuditKeyring(env.auditHmacKeys);
    expect(keyring.signing.id).toBe("2027-01");
    expect([...keyring.byId.keys()]).toEqual(["2027-01", "2026-01"]);
  });

  it("is empty when unset (the key is then derived from the session secret)", () => {
    expect(parseEnv({}).auditHmacKeys).toEqual([]);
  });

  it("refuses short secrets, bad ids and duplicates, naming the key but never the secret", () => {
    expect(() => parseEnv({ AUDIT_HMAC_KEYS: "k1:short-secret" })).toThrow(/AUDIT_HMAC_KEYS key "k1": the secret must be at least 32/);
    expect(() => parseEnv({ AUDIT_HMAC_KEYS: "k1:short-secret" })).not.toThrow(/short-secret/);
    expect(() => parseEnv({ AUDIT_HMAC_KEYS: `no secret here` })).toThrow(/AUDIT_HMAC_KEYS entry 1/);
    expect(() => parseEnv({ AUDIT_HMAC_KEYS: `k1:${"a".repeat(32)},k1:${"b".repeat(32)}` })).toThrow(/twice/);
  });
});
