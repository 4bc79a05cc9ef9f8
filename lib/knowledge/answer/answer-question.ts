import "server-only";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { redactPersonalData } from "@/lib/ai/redact";
import { runAnswerQuestion } from "@/lib/ai/tasks/answer-question/run";
import { ANSWER_PROMPT_VERSION } from "@/lib/ai/tasks/answer-question/prompt";
import { citedChunkIds } from "@/lib/ai/tasks/answer-question/schema";
import { buildDisclosure, redactionCounts } from "@/lib/ai/disclosure";
import { retrieve } from "../retrieve/retrieve";
import { classificationsFor } from "../classification";
import { effectiveRole, isInternalNote } from "../source-roles";

/**
 * Answers a question from the knowledge base: personal data is redacted from the question, the
 * passages this viewer may read are retrieved, and the answer-question task (lib/ai/tasks) cites
 * chunk ids. Every role may answer a member's question, internal notes too (they are for the
 * team), but citations from internal notes are labelled so nobody mistakes them for public facts.
 */
export async function answerQuestion(db: Database, options: { workspaceId: string; userId: string; role: Role; question: string }) {
  // Redacted before anything leaves: the query embedding, the reranker and the answer model all
  // see the placeholders. What still scores as personal data keeps the answer call local
  // (routedRequest scans the prompt, which also quotes the retrieved passages).
  const { text: question, redactions } = redactPersonalData(options.question);
  const sources = await retrieve(db, { workspaceId: options.workspaceId, query: question, viewer: { role: options.role }, purpose: "generation", k: 6 });
  const result = await runAnswerQuestion(db, {
    workspaceId: options.workspaceId,
    userId: options.userId,
    question,
    sources,
    // Scoped to what this viewer may read: an answer drawn from confidential sources for an
    // editor is never served to a marketer asking something similar.
    cacheScope: `classifications:${classificationsFor(options.role).join(",")}`,
  });
  const citedIds = citedChunkIds(result.value);
  return {
    answer: result.value,
    model: result.model.id,
    cacheHit: result.cacheHit,
    budgetWarning: result.budgetWarning,
    redactions,
    promptVersion: ANSWER_PROMPT_VERSION,
    // No cited passage: nothing in the knowledge base backs the answer; the UI marks it "not grounded".
    grounded: sources.some((s) => citedIds.has(s.chunkId)),
    // What was sent to whom for this answer (the same privacy note as generation).
    privacy: buildDisclosure({ model: result.model.id, cacheHit: result.cacheHit, sent: result.sent, redactions: redactionCounts(redactions) }),
    // Each citation carries its source's role; an internal note is labelled as one wherever the answer shows.
    citations: sources
      .filter((s) => citedIds.has(s.chunkId))
      .map((s) => ({ chunkId: s.chunkId, sourceId: s.sourceId, sourceTitle: s.sourceTitle, version: s.version, url: s.url, role: effectiveRole(s.kind), isInternalNote: isInternalNote(s.kind) })),
  };
}
