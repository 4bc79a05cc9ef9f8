import { describe, expect, it } from "vitest";
import { refusalReason } from "./refusal";

const fileName = "november.csv";

describe("refusalReason", () => {
  it("imports a file with a few bad lines (at most the allowed share)", () => {
    expect(refusalReason({ fileName, accepted: 90, rejected: 10, maxRejectedShare: 0.1 })).toBeNull();
    expect(refusalReason({ fileName, accepted: 1, rejected: 0, maxRejectedShare: 0.1 })).toBeNull();
  });

  it("refuses a file with more bad lines than the share, naming the file and quoting the first three lines", () => {
    const errors = [3, 5, 8, 13].map((line) => ({ line, message: `line ${line}: Clicks "x" is not a number` }));
    expect(refusalReason({ fileName, accepted: 89, rejected: 11, maxRejectedShare: 0.1, errors })).toBe(
      '11 of 100 data rows of "november.csv" (11.0 %) cannot be read, more than the 10 % that a few broken lines would explain: check the column mapping, the date order and the decimal separator; first: line 3: Clicks "x" is not a number; line 5: Clicks "x" is not a number; line 8: Clicks "x" is not a number. Nothing was imported.',
    );
  });

  it("refuses a file without a valid row, quoting the first line and its reason", () => {
    expect(refusalReason({ fileName, accepted: 0, rejected: 3, maxRejectedShare: 0.1, errors: [{ line: 2, message: 'line 2: Day "31.02.2026" is not a date' }] })).toBe(
      'None of the 3 data rows of "november.csv" can be read; first: line 2: Day "31.02.2026" is not a date. Nothing was imported.',
    );
  });

  it("refuses a file with a header row and no data rows", () => {
    expect(refusalReason({ fileName, accepted: 0, rejected: 0, maxRejectedShare: 0.1 })).toBe('"november.csv" has a header row but no data rows. Nothing was imported.');
  });
});
