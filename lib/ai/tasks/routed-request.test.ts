import { describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/types";
import { routedRequest } from "./routed-request";

const base = {
  db: {} as Database,
  workspaceId: "ws",
  userId: null,
  task: "answer-question" as const,
  instructions: "Answer from the sources.",
  prompt: "How long are jackets tested?",
  estimatedOutputTokens: 10,
  cache: false as const,
  run: async () => ({ value: "", usage: { inputTokens: 0, outputTokens: 0 } }),
};

describe("routedRequest and personal data", () => {
  it("a clean prompt may go anywhere", () => {
    expect(routedRequest(base).request.containsUnredactedPersonalData).toBe(false);
  });

  it("quoting a chunk marked at ingestion keeps the call local, even when the prompt scan finds nothing", () => {
    expect(routedRequest({ ...base, quotesPersonalData: true }).request.containsUnredactedPersonalData).toBe(true);
  });

  it("the prompt scan still runs when no quoted chunk is marked", () => {
    const request = routedRequest({ ...base, quotesPersonalData: false, prompt: "Write to maria.hoffmann@example.de, Maria Hoffmann, +49 30 1234567" });
    expect(request.request.containsUnredactedPersonalData).toBe(true);
  });
});
