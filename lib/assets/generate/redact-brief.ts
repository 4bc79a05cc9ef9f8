import { redactPersonalData } from "@/lib/ai/redact";
import type { BriefInput } from "./brief";

/** The brief with personal data removed from every free-text field, and how many were removed. */
export function redactBrief(brief: BriefInput): { brief: BriefInput; redactions: number } {
  let count = 0;
  const clean = (text: string) => {
    const { text: redacted, redactions } = redactPersonalData(text);
    count += Object.values(redactions).reduce((sum, n) => sum + n, 0);
    return redacted;
  };
  return {
    brief: { ...brief, topic: clean(brief.topic), audience: clean(brief.audience), goal: clean(brief.goal), tone: clean(brief.tone), keywords: brief.keywords.map(clean) },
    redactions: count,
  };
}
