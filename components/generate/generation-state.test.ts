import { describe, expect, it } from "vitest";
import type { ValidationReport } from "@/lib/assets/validate/types";
import { createTranslator } from "use-intl/core";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { generationReducer as reduce, INITIAL_GENERATION_STATE, type GenerationAction, type GenerationState, type GenerationText } from "./generation-state";
import { generationTextFrom } from "./use-generation-text";

/** The sentences useGenerationText builds, from the real catalogue of `locale`. */
function textIn(locale: "en" | "de"): GenerationText {
  const messages = locale === "de" ? de : en;
  const t = createTranslator({ locale, messages, namespace: "generate.status" });
  const kinds = createTranslator({ locale, messages, namespace: "common.assetKind" });
  return generationTextFrom(t, (kind) => kinds(kind), (error) => error.message);
}

const english = textIn("en");
const generationReducer = (state: GenerationState, action: GenerationAction) => reduce(state, action, english);

const report: ValidationReport = {
  valid: false,
  issues: [
    { path: "headlines[0].text", rule: "a", severity: "error", message: "Too long." },
    { path: "headlines[1].text", rule: "b", severity: "error", message: "Has !." },
    { path: "path1", rule: "c", severity: "warning", message: "Short." },
  ],
  counts: { errors: 2, warnings: 1 },
};

function started(): GenerationState {
  return generationReducer(INITIAL_GENERATION_STATE, { type: "request" });
}

describe("generationReducer", () => {
  it("shows a card on start, replaces partials, and announces the result counts", () => {
    let state = started();
    state = generationReducer(state, { type: "event", event: { type: "start", kind: "google-rsa" } });
    expect(state.runs).toEqual([{ kind: "google-rsa", status: "writing", partial: null }]);
    expect(state.messages.at(-1)).toBe("Writing Google responsive search ad…");

    state = generationReducer(state, { type: "event", event: { type: "partial", kind: "google-rsa", content: { headlines: [{ text: "Wa" }] } } });
    state = generationReducer(state, { type: "event", event: { type: "partial", kind: "google-rsa", content: { headlines: [{ text: "Warm" }] } } });
    expect(state.runs[0]).toMatchObject({ status: "writing", partial: { headlines: [{ text: "Warm" }] } });

    state = generationReducer(state, {
      type: "event",
      event: { type: "result", kind: "google-rsa", assetId: "a", version: 1, content: {}, validation: report, sources: [], model: "m", isLocalExtractive: false, isBestEffort: false, privacy: null, omissions: [], compliance: null },
    });
    expect(state.runs[0]?.status).toBe("ready");
    expect(state.messages.at(-1)).toBe("Google responsive search ad ready: 2 errors, 1 warning");

    state = generationReducer(state, { type: "event", event: { type: "done" } });
    expect(state.status).toBe("done");
  });

  it("keeps other asset kinds going when one fails", () => {
    let state = started();
    state = generationReducer(state, { type: "event", event: { type: "start", kind: "meta-ad" } });
    state = generationReducer(state, { type: "event", event: { type: "error", kind: "meta-ad", error: { code: "budget_exhausted", message: "Budget used up." } } });
    state = generationReducer(state, { type: "event", event: { type: "start", kind: "linkedin-ad" } });
    expect(state.runs.map((run) => run.status)).toEqual(["failed", "writing"]);
    expect(state.messages).toContain("Meta ad failed: Budget used up.");
  });

  it("fails the runs still writing when the stream ends without done", () => {
    let state = started();
    state = generationReducer(state, { type: "event", event: { type: "start", kind: "seo-page" } });
    state = generationReducer(state, { type: "stream-ended" });
    expect(state.status).toBe("failed");
    expect(state.runs[0]?.status).toBe("failed");
    expect(state.error).toMatch(/connection ended/);
  });

  it("starts each request with a new run id and no runs", () => {
    let state = started();
    state = generationReducer(state, { type: "event", event: { type: "start", kind: "seo-page" } });
    const next = generationReducer(state, { type: "request" });
    expect(next.runId).toBe(state.runId + 1);
    expect(next.runs).toEqual([]);
  });

  it("writes its status lines in the member's language", () => {
    let state = reduce(INITIAL_GENERATION_STATE, { type: "request" }, textIn("de"));
    state = reduce(state, { type: "event", event: { type: "start", kind: "meta-ad" } }, textIn("de"));
    state = reduce(state, { type: "stopped" }, textIn("de"));
    expect(state.messages).toEqual(["Briefing wird gesendet …", "Meta-Anzeige wird geschrieben …"]);
    expect(state.error).toBe("Generierung angehalten. Entwürfe, die der Server noch fertigstellt, werden trotzdem gespeichert.");
    expect(state.runs[0]).toMatchObject({ status: "failed", isLocal: true, error: { message: "Angehalten, bevor dieser Kanal fertig war." } });
  });
});
