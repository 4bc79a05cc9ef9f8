/**
 * Per-field undo within a draft: what each field held before each regenerate or edit, newest
 * last. Client state only: it lives as long as the card, which is what "undo within the draft"
 * needs, and saved versions are already kept on the server.
 *
 * Keys are the text paths the field editors use (`headlines[2].text`); values are whatever sat at
 * the field's path before the change (a cited text with its citations, or a plain string), so an
 * undo puts the citations back with the words.
 */
export type FieldChangeCause = "regenerate" | "edit";
export type FieldHistoryEntry = { cause: FieldChangeCause; previous: unknown };
export type FieldHistory = Readonly<Record<string, readonly FieldHistoryEntry[]>>;

export type FieldHistoryAction =
  | { type: "record"; path: string; cause: FieldChangeCause; previous: unknown }
  | { type: "undo"; path: string }
  /** Typing in another field, a save or a blur: the next keystroke in this field starts a new undo step. */
  | { type: "seal"; path: string };

/** Enough to step back through a working session; older steps are dropped first. */
export const MAX_STEPS_PER_FIELD = 20;

type SealedHistory = { entries: FieldHistory; open: ReadonlySet<string> };

export const EMPTY_FIELD_HISTORY: SealedHistory = { entries: {}, open: new Set() };

export function fieldHistoryReducer(state: SealedHistory, action: FieldHistoryAction): SealedHistory {
  const steps = state.entries[action.path] ?? [];
  switch (action.type) {
    case "record": {
      // One typing session is one undo step: undoing a word letter by letter helps nobody.
      if (action.cause === "edit" && state.open.has(action.path)) return state;
      const open = new Set(state.open);
      if (action.cause === "edit") open.add(action.path);
      else open.delete(action.path);
      const next = [...steps, { cause: action.cause, previous: action.previous }].slice(-MAX_STEPS_PER_FIELD);
      return { entries: { ...state.entries, [action.path]: next }, open };
    }
    case "undo": {
      if (steps.length === 0) return state;
      const open = new Set(state.open);
      open.delete(action.path);
      return { entries: { ...state.entries, [action.path]: steps.slice(0, -1) }, open };
    }
    case "seal": {
      if (!state.open.has(action.path)) return state;
      const open = new Set(state.open);
      open.delete(action.path);
      return { ...state, open };
    }
  }
}

/** What an undo of `path` puts back, or undefined when there is nothing to undo. */
export function previousValue(state: SealedHistory, path: string): FieldHistoryEntry | undefined {
  return state.entries[path]?.at(-1);
}

export type FieldHistoryState = SealedHistory;
