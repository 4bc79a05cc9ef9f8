import type { StructuredWriter } from "@/lib/ai/local-models/extractive/structured-writers";
import { judgeLocally } from "./local-judge";
import { JUDGE_OUTPUT, JudgeInputSchema } from "./schema";

/**
 * The heuristic judge as a local writer, reading the same <brief> a hosted judge reads. The
 * catalog keeps the extractive model off the judge task (it cannot judge tone), so the router
 * reaches this only where a policy routes judge to a local model; runJudge calls judgeLocally
 * itself when no hosted model may judge.
 */
export function judgeLocalWriters(): Record<typeof JUDGE_OUTPUT, StructuredWriter> {
  return {
    [JUDGE_OUTPUT]: (input) => {
      const parsed = JudgeInputSchema.safeParse(input.brief);
      if (!parsed.success) throw new Error("The judge prompt carries no readable <brief> with the copy to judge.");
      return judgeLocally(parsed.data);
    },
  };
}
