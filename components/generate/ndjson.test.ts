import { describe, expect, it } from "vitest";
import { parseJsonLine, splitLines } from "./ndjson";

describe("splitLines", () => {
  it("keeps a line split across chunks until its newline arrives", () => {
    const first = splitLines("", '{"type":"start","kind":"meta-ad"}\n{"type":"par');
    expect(first.lines).toEqual(['{"type":"start","kind":"meta-ad"}']);
    expect(first.rest).toBe('{"type":"par');
    const second = splitLines(first.rest, 'tial"}\n');
    expect(second.lines).toEqual(['{"type":"partial"}']);
    expect(second.rest).toBe("");
  });

  it("returns several lines from one chunk and drops blank lines and carriage returns", () => {
    expect(splitLines("", "a\r\n\nb\nc")).toEqual({ lines: ["a", "b"], rest: "c" });
  });

  it("returns nothing until a newline arrives", () => {
    expect(splitLines("ab", "cd")).toEqual({ lines: [], rest: "abcd" });
  });
});

describe("parseJsonLine", () => {
  it("parses JSON and returns undefined for a broken line", () => {
    expect(parseJsonLine('{"type":"done"}')).toEqual({ type: "done" });
    expect(parseJsonLine('{"type":')).toBeUndefined();
  });
});
