import { describe, expect, it } from "vitest";
import { containsTerm } from "./term-match";

describe("containsTerm", () => {
  it("matches whole words case-insensitively", () => {
    expect(containsTerm("Jetzt BILLIG kaufen", "billig")).toBe(true);
  });
  it("does not match inside another word", () => {
    expect(containsTerm("Die Billigung des Vorstands", "billig")).toBe(false);
    expect(containsTerm("Radio", "Rad")).toBe(false);
    expect(containsTerm("Billigjacke", "billig")).toBe(false);
  });
  it("matches German and English inflections", () => {
    expect(containsTerm("die billigste Jacke", "billig")).toBe(true);
    expect(containsTerm("zu billigen Preisen", "billig")).toBe(true);
    expect(containsTerm("fully guaranteed", "guarantee")).toBe(true);
  });
  it("treats umlauts as letters at word edges", () => {
    expect(containsTerm("Größte Auswahl", "größte")).toBe(true);
    expect(containsTerm("Übergrößte Auswahl", "größte")).toBe(false);
  });
  it("matches composed, decomposed and transcribed umlauts alike", () => {
    expect(containsTerm("Gro\u0308ßte Auswahl", "größte")).toBe(true);
    expect(containsTerm("Groesste Auswahl", "größte")).toBe(true);
  });
  it("matches multi-word phrases across any whitespace", () => {
    expect(containsTerm("Jetzt mit Geld-zurück-\nGarantie", "Geld-zurück- Garantie")).toBe(true);
    expect(containsTerm("Das ist die  beste   Wahl", "beste Wahl")).toBe(true);
    expect(containsTerm("Die beste Auswahl", "beste Wahl")).toBe(false);
  });
  it("handles terms that start or end with symbols", () => {
    expect(containsTerm("Die #1 am Markt", "#1")).toBe(true);
    expect(containsTerm("Die #10 am Markt", "#1")).toBe(false);
    expect(containsTerm("Regenschutz 100 %", "100 %")).toBe(true);
  });
  it("never matches an empty term", () => {
    expect(containsTerm("irgendetwas", "  ")).toBe(false);
  });
});
