import { describe, expect, it } from "vitest";
import { commandForKey, isTypingTarget, moveSelection } from "./queue-keys";

const body = { tagName: "BODY" };

describe("commandForKey", () => {
  it.each([
    ["j", "next"],
    ["ArrowDown", "next"],
    ["k", "previous"],
    ["ArrowUp", "previous"],
    ["o", "open"],
    ["Enter", "open"],
    ["a", "approve"],
    ["A", "approve"],
    ["r", "request_changes"],
    ["e", "edit"],
    ["x", null],
    ["Escape", null],
  ])("%s → %s", (key, command) => {
    expect(commandForKey({ key, target: body })).toBe(command);
  });

  it("never fires while typing in a field", () => {
    for (const tagName of ["INPUT", "TEXTAREA", "SELECT"]) expect(commandForKey({ key: "a", target: { tagName } })).toBeNull();
    expect(commandForKey({ key: "r", target: { tagName: "DIV", isContentEditable: true } })).toBeNull();
  });

  it("leaves modifier combinations to the browser", () => {
    expect(commandForKey({ key: "r", ctrlKey: true, target: body })).toBeNull();
    expect(commandForKey({ key: "a", metaKey: true, target: body })).toBeNull();
    expect(commandForKey({ key: "e", altKey: true, target: body })).toBeNull();
  });

  it("lets Enter on a link or button do what it already does", () => {
    expect(commandForKey({ key: "Enter", target: { tagName: "A" } })).toBeNull();
    expect(commandForKey({ key: "Enter", target: { tagName: "BUTTON" } })).toBeNull();
    expect(commandForKey({ key: "o", target: { tagName: "A" } })).toBe("open");
  });
});

describe("isTypingTarget", () => {
  it("is false without a target", () => {
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe("moveSelection", () => {
  it("moves down and up without wrapping", () => {
    expect(moveSelection(0, 3, "next")).toBe(1);
    expect(moveSelection(2, 3, "next")).toBe(2);
    expect(moveSelection(1, 3, "previous")).toBe(0);
    expect(moveSelection(0, 3, "previous")).toBe(0);
  });

  it("starts at the first row going down and the last going up when nothing is selected", () => {
    expect(moveSelection(-1, 3, "next")).toBe(0);
    expect(moveSelection(-1, 3, "previous")).toBe(2);
  });

  it("clamps a selection left over from a longer list", () => {
    expect(moveSelection(7, 3, "previous")).toBe(1);
    expect(moveSelection(0, 0, "next")).toBe(-1);
  });
});
