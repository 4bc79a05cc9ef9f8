import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { describeModelUse } from "@/lib/ai/describe-model-use";
import { buildDisclosure } from "@/lib/ai/disclosure";
import { withIntl } from "@/lib/testing/intl";
import { PrivacyNote } from "./model-disclosure";

const gpt = { modelId: "openai:gpt-4o-mini", hosting: "external" };
const local = { modelId: "local:extractive-v1", hosting: "local" };
// A fallback with redactions exercises every sentence kind: who wrote it, what left, the fallback, what was removed.
const fallback = buildDisclosure({ model: local.modelId, cacheHit: "none", sent: [gpt, gpt, local], redactions: [{ type: "email", count: 2 }] });

const noteText = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'");

describe("PrivacyNote", () => {
  it("in English says exactly what describeModelUse says (one sentence builder for the UI and for logs)", () => {
    const html = renderToStaticMarkup(withIntl(<PrivacyNote privacy={fallback} model={local.modelId} />, "en"));
    expect(noteText(html)).toBe(describeModelUse(fallback).join(" "));
  });

  it("in German words the same facts in German", () => {
    const text = noteText(renderToStaticMarkup(withIntl(<PrivacyNote privacy={fallback} model={local.modelId} />, "de")));
    expect(text).toContain("Geschrieben von dem lokalen extraktiven Modell (local:extractive-v1).");
    expect(text).toContain("2 Anfragen wurden außerhalb dieses Servers gesendet: 2 Anfragen an openai:gpt-4o-mini (keine brauchbare Antwort).");
    expect(text).toContain("Vor dem Senden entfernt: 2 E-Mail-Adressen.");
    expect(text).not.toContain("Written by");
  });

  it("an older result without a recorded disclosure names the model and says nothing was recorded", () => {
    const text = noteText(renderToStaticMarkup(withIntl(<PrivacyNote privacy={null} model="openai:gpt-4o-mini" />, "en")));
    expect(text).toBe("Model: openai:gpt-4o-mini. What was sent for this earlier result was not recorded.");
  });
});
