import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toSafeCsv } from "./write-csv";

const PAYLOAD = "a;=cmd|' /C calc'!A0";

/** Every cell a reader splitting on `delimiter` would see. */
function cellsWhenReadWith(csv: string, delimiter: string): string[] {
  const parsed = Papa.parse<string[]>(csv, { delimiter, skipEmptyLines: true });
  return parsed.data.flat();
}

describe("toSafeCsv", () => {
  it("a ';' formula inside a value does not become a formula cell when the CSV is read with ';' (German Excel)", () => {
    const csv = toSafeCsv(["Campaign", "Note"], [["Fjell", PAYLOAD]]);
    for (const delimiter of [";", ",", "\t"]) {
      const cells = cellsWhenReadWith(csv, delimiter);
      expect(cells.filter((cell) => /^\s*[=+\-@]/.test(cell)), delimiter).toEqual([]);
      // A reader that ignores quotes altogether splits every line on the separator.
      const naive = csv.split("\r\n").flatMap((line) => line.split(delimiter));
      expect(naive.filter((cell) => /^"?\s*[=+\-@]/.test(cell)), `naive ${delimiter}`).toEqual([]);
    }
    // Read the way it was written, the value comes back with only the apostrophe added.
    expect(Papa.parse<string[]>(csv).data[1]).toEqual(["Fjell", "a;'=cmd|' /C calc'!A0"]);
  });

  it("quotes cells holding ';', ',', tabs or line breaks", () => {
    expect(toSafeCsv(["v"], [["a;b"], ["a,b"], ["a\tb"], ["a\nb"], ["plain"]])).toBe('v\r\n"a;b"\r\n"a,b"\r\n"a\tb"\r\n"a\nb"\r\nplain');
  });

  it("writes what papaparse wrote before for values the guard does not touch", () => {
    const fields = ["Kampagne", "Wert", "Notiz"];
    const rows = [
      ["Größe M", "-12.5", 'Sagte "hallo"'],
      [" leading space", "+3", "trailing space "],
      ["", "1299", "mehrere\r\nZeilen"],
      ["-20 %", "x@y.example", "https://example.com/?a=1&b=2"],
    ];
    expect(toSafeCsv(fields, rows)).toBe(Papa.unparse({ fields, data: rows }, { newline: "\r\n" }));
  });

  it("quotes and guards the header and every row", () => {
    expect(toSafeCsv(["=bad"], [["@x"]])).toBe(`"'=bad"\r\n"'@x"`);
  });
});
