import { describe, expect, it } from "vitest";
import { describeModelUse } from "./describe-model-use";
import { buildDisclosure, redactionCounts } from "./disclosure";

const local = { modelId: "local:extractive-v1", hosting: "local" };
const gpt = { modelId: "openai:gpt-4o-mini", hosting: "external" };
const claude = { modelId: "anthropic:claude-haiku", hosting: "external" };

describe("privacy note", () => {
  it("local only: the local model wrote it and nothing was sent to a provider", () => {
    const note = describeModelUse(buildDisclosure({ model: local.modelId, cacheHit: "none", sent: [local], redactions: [] }));
    expect(note).toEqual([
      "Written by the local extractive model (local:extractive-v1).",
      "Nothing was sent to an AI provider: everything ran on this server.",
      "No personal data was recognised, so nothing was removed.",
    ]);
  });

  it("hosted: names the model and the one request sent to it", () => {
    const note = describeModelUse(buildDisclosure({ model: gpt.modelId, cacheHit: "none", sent: [gpt], redactions: [] }));
    expect(note[0]).toBe("Written by openai:gpt-4o-mini.");
    expect(note[1]).toBe("1 request was sent outside this server: 1 request to openai:gpt-4o-mini.");
  });

  it("fallback after failures: counts every request that left, including the failed ones", () => {
    const sent = [gpt, gpt, gpt, claude, claude, claude, local];
    const note = describeModelUse(buildDisclosure({ model: local.modelId, cacheHit: "none", sent, redactions: [] }));
    expect(note.join(" ")).not.toContain("Nothing was sent");
    expect(note[1]).toBe(
      "6 requests were sent outside this server: 3 requests to openai:gpt-4o-mini (no usable answer), 3 requests to anthropic:claude-haiku (no usable answer).",
    );
    expect(note[2]).toBe("The providers gave no usable answer, so the local model wrote this result on this server.");
  });

  it("fallback to another hosted model marks only the failed one", () => {
    const note = describeModelUse(buildDisclosure({ model: claude.modelId, cacheHit: "none", sent: [gpt, gpt, claude], redactions: [] }));
    expect(note[1]).toBe("3 requests were sent outside this server: 2 requests to openai:gpt-4o-mini (no usable answer), 1 request to anthropic:claude-haiku.");
  });

  it("self-hosted models are named as such", () => {
    const note = describeModelUse(buildDisclosure({ model: "ollama:llama3", cacheHit: "none", sent: [{ modelId: "ollama:llama3", hosting: "self-hosted" }], redactions: [] }));
    expect(note[1]).toBe("1 request was sent outside this server: 1 request to your self-hosted model ollama:llama3.");
  });

  it("lists the redactions made, by type", () => {
    const redactions = redactionCounts({ email: 2, phone: 1, PERSON: 3 });
    const note = describeModelUse(buildDisclosure({ model: gpt.modelId, cacheHit: "none", sent: [gpt], redactions }));
    expect(note.at(-1)).toBe("Removed before anything was sent: 2 e-mail addresses, 1 phone number, 3 names.");
  });

  it("a cache hit sent nothing", () => {
    const note = describeModelUse(buildDisclosure({ model: gpt.modelId, cacheHit: "exact", sent: [], redactions: [] }));
    expect(note.slice(0, 2)).toEqual([
      "Served from this workspace's response cache (first written by openai:gpt-4o-mini).",
      "Nothing was sent to an AI provider for this result.",
    ]);
  });
});

describe("redactionCounts", () => {
  it("reads totals, counts by type, findings and counts", () => {
    expect(redactionCounts(0)).toEqual([]);
    expect(redactionCounts(3)).toEqual([{ type: "personal data", count: 3 }]);
    expect(redactionCounts({ email: 1, iban: 0 })).toEqual([{ type: "email", count: 1 }]);
    expect(redactionCounts([{ type: "PERSON", start: 0, end: 4 }, { type: "PERSON" }, { type: "EMAIL" }])).toEqual([
      { type: "PERSON", count: 2 },
      { type: "EMAIL", count: 1 },
    ]);
    expect(redactionCounts([{ type: "phone", count: 2 }])).toEqual([{ type: "phone", count: 2 }]);
    expect(redactionCounts(undefined)).toEqual([]);
  });
});
