import { describe, expect, it } from "vitest";
import { toGenerationEvent } from "./parse-event";

describe("toGenerationEvent", () => {
  it("accepts the known event types", () => {
    expect(toGenerationEvent({ type: "start", kind: "google-rsa" })).toEqual({ type: "start", kind: "google-rsa" });
    expect(toGenerationEvent({ type: "done" })).toEqual({ type: "done" });
    expect(toGenerationEvent({ type: "error", kind: "meta-ad", error: { code: "unavailable", message: "No model." } })).toEqual({
      type: "error",
      kind: "meta-ad",
      error: { code: "unavailable", message: "No model." },
    });
  });

  it("skips unknown types and kinds", () => {
    expect(toGenerationEvent({ type: "heartbeat" })).toBeNull();
    expect(toGenerationEvent({ type: "start", kind: "tiktok-ad" })).toBeNull();
    expect(toGenerationEvent("done")).toBeNull();
  });

  it("normalises a result and recomputes its counts from the issues", () => {
    const event = toGenerationEvent({
      type: "result",
      kind: "linkedin-ad",
      assetId: "ast_1",
      version: 1,
      content: {},
      validation: { valid: true, issues: [{ path: "intro.text", rule: "r", severity: "warning", message: "Long." }], counts: { errors: 0, warnings: 0 } },
      sources: [{ chunkId: "chk_1", sourceId: "src_1", version: 2, title: "Guide", url: null, text: "Passage." }],
      model: "local:extractive",
      isLocalExtractive: true,
      isBestEffort: false,
    });
    expect(event).toMatchObject({ type: "result", validation: { valid: true, counts: { errors: 0, warnings: 1 } }, isLocalExtractive: true });
  });

  it("rejects a result without an asset id", () => {
    expect(toGenerationEvent({ type: "result", kind: "meta-ad", version: 1 })).toBeNull();
  });
});
