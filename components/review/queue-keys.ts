export type QueueCommand = "next" | "previous" | "open" | "approve" | "request_changes" | "edit";

/** The shortcuts, in the order the hint bar lists them; `keys` are KeyboardEvent.key values. */
// Labels come from messages (`review.shortcuts.<command>`); aria-keyshortcuts names keys in its own syntax ("J ArrowDown").
const SHORTCUT_KEYS: readonly { command: QueueCommand; keys: readonly string[]; hint: readonly string[] }[] = [
  { command: "next", keys: ["j", "ArrowDown"], hint: ["j", "↓"] },
  { command: "previous", keys: ["k", "ArrowUp"], hint: ["k", "↑"] },
  { command: "open", keys: ["Enter", "o"], hint: ["Enter", "o"] },
  { command: "approve", keys: ["a"], hint: ["a"] },
  { command: "request_changes", keys: ["r"], hint: ["r"] },
  { command: "edit", keys: ["e"], hint: ["e"] },
];

export const QUEUE_SHORTCUTS: readonly { command: QueueCommand; keys: readonly string[]; hint: readonly string[]; ariaKeys: string }[] = SHORTCUT_KEYS.map((shortcut) => ({
  ...shortcut,
  ariaKeys: shortcut.keys.map((key) => (key.length === 1 ? key.toUpperCase() : key)).join(" "),
}));

export type KeyInput = {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The element the key went to. */
  target: { tagName?: string; isContentEditable?: boolean; type?: string } | null;
};

const TYPING_TAGS = new Set(["INPUT", "TEXTAREA", "SELECT"]);
/** Enter on these already does something (follow the link, press the button); the shortcut must not fire twice. */
const ENTER_HANDLED_BY = new Set(["A", "BUTTON", "SUMMARY"]);

/** Keys typed into a field belong to the field: "a" in a comment box must never approve anything. */
export function isTypingTarget(target: KeyInput["target"]): boolean {
  if (!target) return false;
  return target.isContentEditable === true || TYPING_TAGS.has((target.tagName ?? "").toUpperCase());
}

/**
 * Which command a key press means, or null. Modifier combinations are left to the browser
 * (Ctrl+R reloads, Cmd+A selects), and nothing fires while the person is typing.
 */
export function commandForKey(input: KeyInput): QueueCommand | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (isTypingTarget(input.target)) return null;
  if (input.key === "Enter" && ENTER_HANDLED_BY.has((input.target?.tagName ?? "").toUpperCase())) return null;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  return QUEUE_SHORTCUTS.find((shortcut) => shortcut.keys.includes(key))?.command ?? null;
}

/** The selected row after next/previous: stays within the list and does not wrap around. */
export function moveSelection(current: number, count: number, command: "next" | "previous"): number {
  if (count === 0) return -1;
  const from = current < 0 ? (command === "next" ? -1 : count) : Math.min(current, count - 1);
  return Math.max(0, Math.min(count - 1, from + (command === "next" ? 1 : -1)));
}
