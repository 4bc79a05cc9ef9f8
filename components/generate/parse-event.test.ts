import { describe, expect, it } from "vitest";
import type { GenerationEventInput } from "@/lib/assets/generate/stream-events";
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
    // A draft saved before privacy disclosures were recorded has none (null, not an invalid event).
    expect(event).toMatchObject({ type: "result", validation: { valid: true, counts: { errors: 0, warnings: 1 } }, isLocalExtractive: true, privacy: null });
  });

  it("rejects a result without an asset id", () => {
    expect(toGenerationEvent({ type: "result", kind: "meta-ad", version: 1 })).toBeNull();
  });

  it("reads back exactly what the route writes", () => {
    const written: GenerationEventInput = {
      type: "result",
      kind: "google-rsa",
      assetId: "ast_1",
      version: 2,
      content: { kind: "google-rsa" },
      validation: { valid: false, issues: [{ path: "headlines[0].text", rule: "rsa.headline.max_length", severity: "error", message: "Too long." }], counts: { errors: 1, warnings: 0 } },
      sources: [{ chunkId: "chk_1", sourceId: "src_1", version: 1, title: "Guide", url: "https://example.com", text: "Passage." }],
      model: "local:extractive-v1",
      isLocalExtractive: true,
      isBestEffort: false,
      omissions: [{ item: "Discount code SAVE10", reason: "No source names the code SAVE10; a code that may not exist at checkout is left out." }],
      privacy: { model: "local:extractive-v1", fromCache: false, requests: [{ modelId: "local:extractive-v1", hosting: "local", count: 1 }], redactions: [{ type: "email", count: 1 }] },
      compliance: { score: 80, applicable: 5, passed: 4, failing: [{ ruleId: "lengths", ruleType: "platform", message: "Too long." }], judgedBy: "local:heuristic-judge-v1" },
    };
    expect(toGenerationEvent(JSON.parse(JSON.stringify(written)))).toEqual(written);
    // A result saved before scores existed reads as "not scored".
    expect(toGenerationEvent(JSON.parse(JSON.stringify({ ...written, compliance: undefined })))).toMatchObject({ compliance: null });
  });

  it("shows an error code it does not know as internal", () => {
    expect(toGenerationEvent({ type: "error", kind: "seo-page", error: { code: "teapot", message: "No." } })).toEqual({ type: "error", kind: "seo-page", error: { code: "internal", message: "No." } });
  });
});
