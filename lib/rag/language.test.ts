import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language";

describe("detectLanguage", () => {
  it("recognises German", () => {
    expect(detectLanguage("Unsere Wanderschuhe sind wasserdicht und halten auch bei langen Touren durch.")).toBe("de");
    expect(detectLanguage("Die Jacke ist leicht, atmungsaktiv und lässt sich klein verpacken.")).toBe("de");
  });

  it("recognises English", () => {
    expect(detectLanguage("Our hiking boots are waterproof and stay comfortable on long trails.")).toBe("en");
    expect(detectLanguage("The jacket is light, breathable and packs down small.")).toBe("en");
  });

  it("falls back to English when there is too little text to tell", () => {
    expect(detectLanguage("Schuhe")).toBe("en");
    expect(detectLanguage("")).toBe("en");
    expect(detectLanguage("12345 67890 !!! ???")).toBe("en");
  });
});
