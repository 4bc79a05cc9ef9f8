import { describe, expect, it } from "vitest";
import { kitBrief, passingMetaAd, withMetaText } from "@/lib/testing/brand-kit-fixtures";
import { offerCheck, omissionsCheck, requiredFactsCheck } from "./brief-checks";

describe("offer", () => {
  const offerBrief = { ...passingMetaAd(), brief: kitBrief("de-lichtaktion-meta"), product: null };

  it("applies only when the goal names the offer", () => {
    expect(offerCheck.appliesTo?.(passingMetaAd())).toBe(false);
    expect(offerCheck.appliesTo?.(offerBrief)).toBe(true);
  });

  it("needs the code and the end date in the language's form", () => {
    expect(offerCheck.run(withMetaText(offerBrief, "primaryText", "20 % Rabatt mit dem Code LICHT20 bis zum 30.11.2026."))).toEqual([]);
    expect(offerCheck.run(withMetaText(offerBrief, "primaryText", "20 % Rabatt mit dem Code LICHT20."))).toEqual([expect.stringContaining("end date")]);
    expect(offerCheck.run(withMetaText(offerBrief, "primaryText", "20 % Rabatt bis 30. November 2026."))).toEqual([expect.stringContaining("LICHT20")]);
  });
});

describe("omission notes", () => {
  const codeBrief = { ...passingMetaAd(), brief: kitBrief("de-unknown-code-linkedin") };

  it("fails when the pipeline reports no omissions", () => {
    expect(omissionsCheck.run(codeBrief)).toEqual([expect.stringContaining("reports no omissions")]);
  });

  it("passes with a note naming the item and a reason", () => {
    const context = { ...codeBrief, output: { ...codeBrief.output, omissions: [{ item: "Rabattcode GRATIS50", reason: "Den Code gibt es in keiner Quelle." }] } };
    expect(omissionsCheck.run(context)).toEqual([]);
  });

  it("fails when the note is about something else or the item is in the copy anyway", () => {
    const other = { ...codeBrief, output: { ...codeBrief.output, omissions: [{ item: "Superlativ", reason: "verboten" }] } };
    expect(omissionsCheck.run(other)).toEqual([expect.stringContaining("no omission note names")]);
    const leaked = withMetaText({ ...codeBrief, output: { ...codeBrief.output, omissions: [{ item: "GRATIS50", reason: "unbekannt" }] } }, "headline", "Mit GRATIS50 sparen");
    expect(omissionsCheck.run(leaked)).toEqual([expect.stringContaining("must be left out")]);
  });
});

describe("required facts", () => {
  const serviceBrief = { ...passingMetaAd(), brief: kitBrief("de-inspektion-rsa"), product: null };

  it("needs the service's turnaround time", () => {
    expect(requiredFactsCheck.run(serviceBrief)).toEqual([expect.stringContaining("turnaround time")]);
    expect(requiredFactsCheck.run(withMetaText(serviceBrief, "headline", "Fertig in 48 Stunden"))).toEqual([]);
  });
});
