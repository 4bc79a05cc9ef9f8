import { z } from "zod";

/** Output name of the judge task (the local extractive model's writer is keyed by it). */
export const JUDGE_OUTPUT = "judge";

/** One voice or tone check: a rule in the compliance score (lib/assets/compliance). */
export const JudgeCheckSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,40}$/)
    .describe("A short snake_case id for the check, stable across runs, e.g. formality, exclamation, tone_matches_guide."),
  label: z.string().min(1).max(80).describe("What was checked, in a few words a marketer understands."),
  passed: z.boolean().describe("True when the copy meets the brand guide on this point."),
  reason: z.string().min(1).max(400).describe("Why it passed or failed, quoting the words of the copy that decided it."),
});

export const JudgeOutputSchema = z.object({
  checks: z.array(JudgeCheckSchema).min(1).max(12).describe("Each voice and tone aspect the guide names, judged on its own."),
});

export type JudgeCheck = z.infer<typeof JudgeCheckSchema>;
export type JudgeOutput = z.infer<typeof JudgeOutputSchema>;

/**
 * What the judge reads. The prompt carries it as a machine-readable <brief> element, so the local
 * heuristic judge (lib/ai/tasks/judge/local-judge.ts) reads exactly what a hosted model sees.
 */
export const JudgeInputSchema = z.object({
  language: z.enum(["de", "en"]),
  /** The visible copy, field by field. */
  fields: z.array(z.object({ path: z.string(), label: z.string(), text: z.string() })),
  /** Brand-guide passages about voice and tone (brand_voice sources), quoted as data. */
  guidePassages: z.array(z.string()).default([]),
  toneNotes: z.string().nullable().default(null),
  /** German address form the brand uses, when its rules say so. */
  formality: z.enum(["sie", "du"]).nullable().default(null),
  /** Most exclamation marks allowed in one asset (0 when the rules forbid them). */
  maxExclamationMarks: z.number().int().min(0).default(1),
  bannedTerms: z.array(z.string()).default([]),
  /** Words written in capitals on purpose (brand and product names, abbreviations). */
  allowedCapsWords: z.array(z.string()).default([]),
});

export type JudgeInput = z.infer<typeof JudgeInputSchema>;
export type JudgeInputOptions = z.input<typeof JudgeInputSchema>;
