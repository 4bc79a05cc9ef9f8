import type { JudgeCheck, JudgeInput, JudgeOutput } from "./schema";
import { checkAllCaps } from "./heuristics/all-caps";
import { checkBannedProximity } from "./heuristics/banned-proximity";
import { checkExclamationMarks } from "./heuristics/exclamation";
import { checkFormality } from "./heuristics/formality";
import { checkReadingEase } from "./heuristics/reading-ease";
import { checkSentenceLength } from "./heuristics/sentence-length";

/** The id the heuristic judge's verdicts are recorded under (a judge, not a catalog model). */
export const LOCAL_JUDGE_ID = "local:heuristic-judge-v1";

/** The ids of the heuristic judge's checks: each is a rule of its own in the compliance score. */
export const LOCAL_JUDGE_CHECK_IDS: readonly string[] = ["formality", "exclamation", "all_caps", "sentence_length", "reading_ease", "banned_proximity"];

/**
 * The judge used when no hosted model may judge: mechanical voice checks that need no model and
 * give the same verdict for the same copy. It cannot tell whether the tone matches the guide's
 * spirit; the hosted judge can, which is why the guide passages are in its input but unused here.
 */
export function judgeLocally(input: JudgeInput): JudgeOutput {
  const checks = [checkFormality, checkExclamationMarks, checkAllCaps, checkSentenceLength, checkReadingEase, checkBannedProximity]
    .map((check) => check(input))
    .filter((check): check is JudgeCheck => check !== null);
  return { checks };
}
