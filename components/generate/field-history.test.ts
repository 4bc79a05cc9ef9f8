import { describe, expect, it } from "vitest";
import { EMPTY_FIELD_HISTORY, fieldHistoryReducer, MAX_STEPS_PER_FIELD, previousValue, type FieldHistoryAction, type FieldHistoryState } from "./field-history";
import { fieldPathOf, readAtPath, writeAtPath } from "./field-path";

const run = (actions: FieldHistoryAction[], state: FieldHistoryState = EMPTY_FIELD_HISTORY) => actions.reduce(fieldHistoryReducer, state);
const headline = (text: string, citations = ["chk_1"]) => ({ text, citations, pin: null });
const draft = { kind: "google-rsa", headlines: [headline("Fjell Jacket"), headline("Only 420 g")], path1: "jackets" };

describe("field history", () => {
  it("undoes a regenerate back to the text and citations before it", () => {
    const path = "headlines[0].text";
    const field = fieldPathOf(draft, path);
    expect(field).toBe("headlines[0]");
    const state = run([{ type: "record", path, cause: "regenerate", previous: readAtPath(draft, field) }]);
    const regenerated = writeAtPath(draft, field, headline("Zurück in Hamburg nähten sie", ["chk_9"]));
    const entry = previousValue(state, path)!;
    expect(entry.cause).toBe("regenerate");
    const undone = writeAtPath(regenerated, field, entry.previous);
    expect(undone).toEqual(draft);
    expect(previousValue(fieldHistoryReducer(state, { type: "undo", path }), path)).toBeUndefined();
  });

  it("undoes one typing session as one step, and a later session separately", () => {
    const path = "path1";
    const state = run([
      { type: "record", path, cause: "edit", previous: "jackets" },
      { type: "record", path, cause: "edit", previous: "jacketsX" },
      { type: "seal", path },
      { type: "record", path, cause: "edit", previous: "rain" },
      { type: "record", path, cause: "edit", previous: "rainy" },
    ]);
    expect(state.entries[path]!.map((e) => e.previous)).toEqual(["jackets", "rain"]);
    const once = fieldHistoryReducer(state, { type: "undo", path });
    expect(previousValue(once, path)?.previous).toBe("jackets");
    // After an undo, typing again is a new step, not part of the undone one.
    const typedAgain = fieldHistoryReducer(once, { type: "record", path, cause: "edit", previous: "rain" });
    expect(typedAgain.entries[path]).toHaveLength(2);
  });

  it("keeps an edit after a regenerate as its own step, so both can be undone in turn", () => {
    const path = "headlines[1].text";
    const state = run([
      { type: "record", path, cause: "regenerate", previous: headline("Only 420 g") },
      { type: "record", path, cause: "edit", previous: headline("Weighs 420 g") },
    ]);
    expect(state.entries[path]!.map((e) => e.cause)).toEqual(["regenerate", "edit"]);
    const afterOne = fieldHistoryReducer(state, { type: "undo", path });
    expect(previousValue(afterOne, path)).toEqual({ cause: "regenerate", previous: headline("Only 420 g") });
  });

  it("keeps fields apart and drops the oldest steps past the limit", () => {
    const many = Array.from({ length: MAX_STEPS_PER_FIELD + 5 }, (_, i): FieldHistoryAction => ({ type: "record", path: "a", cause: "regenerate", previous: i }));
    const state = run([...many, { type: "record", path: "b", cause: "regenerate", previous: "b0" }]);
    expect(state.entries.a).toHaveLength(MAX_STEPS_PER_FIELD);
    expect(state.entries.a![0]!.previous).toBe(5);
    expect(previousValue(fieldHistoryReducer(state, { type: "undo", path: "b" }), "a")?.previous).toBe(MAX_STEPS_PER_FIELD + 4);
    expect(fieldHistoryReducer(state, { type: "undo", path: "missing" })).toBe(state);
  });

  it("leaves a draft unchanged for an unknown path", () => {
    expect(writeAtPath(draft, "headlines[7]", headline("x"))).toBe(draft);
    expect(writeAtPath(draft, "nope!", "x")).toBe(draft);
    expect(fieldPathOf(draft, "path1")).toBe("path1");
  });
});
