import { describe, expect, it } from "vitest";
import { parseFeed } from "./parse-feed";

describe("parseFeed", () => {
  it("reads a comma-separated feed with a header row", () => {
    const feed = parseFeed("id,name,price\n1,Trail Runner,49.90\n2,\"Rain Jacket, blue\",129.00\n");
    expect(feed).toEqual({
      delimiter: ",",
      headers: ["id", "name", "price"],
      rows: [
        { line: 2, values: { id: "1", name: "Trail Runner", price: "49.90" } },
        { line: 3, values: { id: "2", name: "Rain Jacket, blue", price: "129.00" } },
      ],
      errors: [],
    });
  });

  it("detects semicolon and tab delimiters", () => {
    const semicolon = parseFeed("Artikelnummer;Bezeichnung;Preis\nA-1;Wanderschuh;49,90\nA-2;Regenjacke;129,00");
    expect(semicolon.delimiter).toBe(";");
    expect(semicolon.rows[0]?.values).toEqual({ Artikelnummer: "A-1", Bezeichnung: "Wanderschuh", Preis: "49,90" });
    const tab = parseFeed("id\ttitle\tprice\n1\tSock, wool\t9.90 EUR\n");
    expect(tab.delimiter).toBe("\t");
    expect(tab.rows[0]?.values.title).toBe("Sock, wool");
  });

  it("reports malformed rows with their physical line numbers, counting quoted line breaks and blank lines", () => {
    const text = [
      "id,name,description,price", // line 1
      '1,Shoe,"Line one', // line 2: a quoted value spans lines 2-3
      'line two",49.90', // line 3
      "2,Boot,Fine,59", // line 4
      "3,Bad,too,many,fields", // line 5: five values for four columns
      "", // line 6
      "4,Sock,Warm,9", // line 7
      "5,Cap", // line 8: too few values
      '6,"Broken,x,1', // line 9: quote never closed
      "7,Lost,swallowed,1", // line 10
    ].join("\r\n");
    const feed = parseFeed(text);
    expect(feed.rows.map((row) => [row.line, row.values.id])).toEqual([
      [2, "1"],
      [4, "2"],
      [7, "4"],
    ]);
    expect(feed.rows[0]?.values.description).toBe("Line one\nline two");
    expect(feed.errors.map((error) => error.line)).toEqual([5, 8, 9]);
    expect(feed.errors[0]?.message).toMatch(/5 values but the header has 4 columns/);
    expect(feed.errors[2]?.message).toMatch(/never closed/);
  });

  it("refuses an empty file, a header without rows and a file without a header", () => {
    for (const empty of ["", "\n\n", " \n"]) {
      const feed = parseFeed(empty);
      expect(feed.rows).toEqual([]);
      expect(feed.errors).toEqual([{ line: 1, message: expect.stringMatching(/empty/) }]);
    }
    expect(parseFeed("id,name,price\n").errors).toEqual([{ line: 1, message: expect.stringMatching(/no product rows/) }]);
    const headerless = parseFeed("1001,Trail Runner,49.90\n1002,Rain Jacket,129.00\n");
    expect(headerless.rows).toEqual([]);
    expect(headerless.errors[0]?.message).toMatch(/header row/);
  });

  it("names blank and repeated header cells so no column is lost, and strips a byte order mark", () => {
    const feed = parseFeed("\uFEFFid,Name,name,\n1,A,B,C\n");
    expect(feed.headers).toEqual(["id", "Name", "name (2)", "Column 4"]);
    expect(feed.rows[0]?.values).toEqual({ id: "1", Name: "A", "name (2)": "B", "Column 4": "C" });
  });
});
