import { describe, expect, it } from "vitest";
import { refusalReason } from "./refusal";

describe("refusalReason", () => {
  it("imports a file with a few bad lines (at most the allowed share)", () => {
    expect(refusalReason({ accepted: 90, rejected: 10, maxRejectedShare: 0.1 })).toBeNull();
    expect(refusalReason({ accepted: 1, rejected: 0, maxRejectedShare: 0.1 })).toBeNull();
  });

  it("refuses a file with more bad lines than the share, with no valid line, or without data rows", () => {
    expect(refusalReason({ accepted: 89, rejected: 11, maxRejectedShare: 0.1 })).toBe(
      "11 of 100 data rows (11.0 %) are invalid, more than the 10 % that a few broken lines would explain: check the column mapping, the date order and the decimal separator. Nothing was imported.",
    );
    expect(refusalReason({ accepted: 0, rejected: 3, maxRejectedShare: 0.1 })).toMatch(/^None of the 3 data rows is valid/);
    expect(refusalReason({ accepted: 0, rejected: 0, maxRejectedShare: 0.1 })).toMatch(/no data rows/);
  });
});
