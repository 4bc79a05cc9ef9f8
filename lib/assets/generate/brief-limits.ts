/**
 * The brief's limits: BriefInputSchema enforces them, and the Generate form reads them from here to
 * show mistakes inline before a request (no zod in that client code, no copied numbers).
 */
export const BRIEF_LIMITS = {
  text: { topic: 200, audience: 300, goal: 300, tone: 200 },
  keywords: 10,
  keywordLength: 80,
} as const;
