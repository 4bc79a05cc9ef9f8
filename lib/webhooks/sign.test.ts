import { describe, expect, it } from "vitest";
import { signPayload, verifySignature } from "./sign";
import { checkWebhookUrl } from "./endpoint-url";

describe("webhook signatures", () => {
  const body = JSON.stringify({ event: "asset.published", assetId: "ast_1" });

  it("verifies its own signature and rejects a changed body, another secret, or an old timestamp", () => {
    const header = signPayload("s3cret", body, 1_800_000_000);
    expect(header).toMatch(/^t=1800000000,v1=[0-9a-f]{64}$/);
    expect(verifySignature("s3cret", body, header, 1_800_000_100)).toBe(true);
    expect(verifySignature("s3cret", body.replace("ast_1", "ast_2"), header, 1_800_000_100)).toBe(false);
    expect(verifySignature("other", body, header, 1_800_000_100)).toBe(false);
    expect(verifySignature("s3cret", body, header, 1_800_000_301)).toBe(false);
    expect(verifySignature("s3cret", body, "t=1800000000,v1=abc", 1_800_000_000)).toBe(false);
  });

  it("matches an HMAC computed independently", async () => {
    const { createHmac } = await import("node:crypto");
    const expected = createHmac("sha256", "k").update(`42.${body}`).digest("hex");
    expect(signPayload("k", body, 42)).toBe(`t=42,v1=${expected}`);
  });
});

describe("webhook URLs", () => {
  it("accepts public https and refuses private addresses unless allowed", () => {
    expect(checkWebhookUrl("https://cms.example.com/hook", { allowPrivateNetworks: false })).toBeNull();
    for (const url of ["http://127.0.0.1:8080/x", "http://localhost/x", "http://10.0.0.5/", "http://192.168.1.2/", "http://169.254.169.254/latest", "http://[::1]/", "http://metadata.google.internal./", "http://localhost./x", "http://198.18.0.1/", "http://240.0.0.1/", "http://[64:ff9b::a00:1]/"]) {
      expect(checkWebhookUrl(url, { allowPrivateNetworks: false }), url).toMatch(/^Refused: |not allowed/);
    }
    expect(checkWebhookUrl("http://127.0.0.1:8080/x", { allowPrivateNetworks: true })).toBeNull();
    // Link-local (fe80::/10 is fe80–febf, not only fe80) stays refused with private networks allowed.
    for (const url of ["http://169.254.169.254/latest", "http://[fe90::1]/", "http://[febf::1]/"]) {
      expect(checkWebhookUrl(url, { allowPrivateNetworks: true }), url).toMatch(/link-local/);
    }
    expect(checkWebhookUrl("ftp://cms.example.com", { allowPrivateNetworks: false })).toMatch(/https/);
    expect(checkWebhookUrl("https://user:pw@cms.example.com", { allowPrivateNetworks: false })).toMatch(/credentials/);
    expect(checkWebhookUrl("cms", { allowPrivateNetworks: false })).toMatch(/absolute/);
  });
});
