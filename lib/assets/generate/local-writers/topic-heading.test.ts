import { describe, expect, it } from "vitest";
import { topicHeading } from "./topic-heading";

describe("topicHeading", () => {
  it("drops a guide's numbering but keeps a number that is part of the heading", () => {
    expect(topicHeading("3. Pflege", { fromTitle: false })).toBe("Pflege");
    expect(topicHeading("2) Versand", { fromTitle: false })).toBe("Versand");
    expect(topicHeading("2.1 Rückgabe", { fromTitle: false })).toBe("Rückgabe");
    expect(topicHeading("30 Tage Rückgabe", { fromTitle: false })).toBe("30 Tage Rückgabe");
  });
});
