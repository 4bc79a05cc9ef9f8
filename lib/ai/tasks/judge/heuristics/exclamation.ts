import type { JudgeCheck, JudgeInput } from "../schema";

/** Exclamation marks read as shouting; the brand's rules set how many one asset may carry. */
export function checkExclamationMarks(input: JudgeInput): JudgeCheck {
  const used = input.fields.filter((field) => field.text.includes("!"));
  const count = input.fields.reduce((sum, field) => sum + (field.text.match(/!/g)?.length ?? 0), 0);
  const label = "Exclamation marks";
  const allowed = input.maxExclamationMarks === 0 ? "none" : `at most ${input.maxExclamationMarks}`;
  if (count <= input.maxExclamationMarks) return { id: "exclamation", label, passed: true, reason: `${count} exclamation mark${count === 1 ? "" : "s"} (${allowed} allowed).` };
  return {
    id: "exclamation",
    label,
    passed: false,
    reason: `${count} exclamation marks (${allowed} allowed), in ${used.map((field) => field.label).join(", ")}.`,
  };
}
