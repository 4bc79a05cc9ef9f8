"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { z } from "zod";
import { ModelDisclosureSchema } from "@/lib/ai/disclosure";
import { describeErrorBody } from "@/components/generate/error-response";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { isLocalExtractiveModel, LocalExtractiveBadge, PrivacyNote } from "@/components/ui/model-disclosure";

const ANSWER_URL = "/api/knowledge/answer";

/** What POST /api/knowledge/answer returns (lib/knowledge/answer/answer-question.ts). */
const AnswerSchema = z.object({
  answer: z.string(),
  model: z.string().nullable(),
  grounded: z.boolean(),
  privacy: ModelDisclosureSchema.nullable().catch(null),
  citations: z.array(
    z.object({
      chunkId: z.string(),
      sourceId: z.string(),
      sourceTitle: z.string(),
      version: z.number(),
      url: z.string().nullable().optional(),
      isInternalNote: z.boolean().optional(),
    }),
  ),
});
type Answer = z.infer<typeof AnswerSchema>;

const CITATION_MARKER = /\s*\[(chk_[A-Za-z0-9_-]+)\]/g;

/** The answer with each "[chk_…]" marker as the number of its citation in the list below. */
function answerWithNumbers(answer: Answer, sourceLabel: (position: number, title: string) => string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of answer.answer.matchAll(CITATION_MARKER)) {
    parts.push(answer.answer.slice(last, match.index));
    const position = answer.citations.findIndex((c) => c.chunkId === match[1]);
    if (position !== -1) {
      parts.push(
        <sup key={match.index}>
          <a href={`#answer-citation-${position + 1}`} className="text-brand-700 underline" aria-label={sourceLabel(position + 1, answer.citations[position]!.sourceTitle)}>
            [{position + 1}]
          </a>
        </sup>,
      );
    }
    last = match.index + match[0].length;
  }
  parts.push(answer.answer.slice(last));
  return parts;
}

/**
 * Ask a question of the knowledge base: the answer with the sources it cites, a "not grounded"
 * mark when it cites none, and the same privacy note as generated assets (what was sent to whom).
 * The question goes in a POST body, never a URL (it may hold personal data; the server redacts it).
 */
export function AskPanel({ workspaceId, workspaceSlug }: { workspaceId: string; workspaceSlug: string }) {
  const [question, setQuestion] = useState("");
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const controllerRef = useRef<AbortController | null>(null);
  const t = useTranslations("knowledge.ask");

  useEffect(() => () => controllerRef.current?.abort(), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    setIsPending(true);
    setError(null);
    setAnswer(null);
    try {
      const response = await fetch(ANSWER_URL, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ workspaceId, question }),
        signal: controller.signal,
      });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        setError(describeErrorBody(body, response.status));
        return;
      }
      const parsed = AnswerSchema.safeParse(body);
      if (!parsed.success) {
        setError(t("unreadable"));
        return;
      }
      setAnswer(parsed.data);
    } catch (caught) {
      if (controller.signal.aborted) return;
      console.error("[knowledge] answer request failed:", caught);
      setError(t("connectionFailed"));
    } finally {
      if (controllerRef.current === controller) {
        controllerRef.current = null;
        setIsPending(false);
      }
    }
  }

  return (
    <section aria-labelledby="ask-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="ask-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <form onSubmit={submit} className="space-y-3" noValidate>
        <Field id="ask-question" label={t("question")}>
          <textarea
            id="ask-question"
            className="mt-1 block min-h-20 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
            value={question}
            onChange={(e) => setQuestion(e.target.value)}
            maxLength={1_000}
            placeholder={t("placeholder")}
          />
        </Field>
        <Button type="submit" disabled={isPending}>
          {isPending ? t("asking") : t("ask")}
        </Button>
      </form>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div aria-live="polite" aria-busy={isPending}>
        {answer ? (
          <div className="space-y-3" data-testid="answer">
            {answer.grounded ? null : (
              <p className="inline-block rounded-full border border-amber-300 bg-amber-50 px-3 py-1 text-xs font-semibold text-amber-900" data-testid="not-grounded-badge">
                <span aria-hidden="true">⚠ </span>
                {t("notGrounded")}
              </p>
            )}
            <p className="whitespace-pre-line text-sm text-slate-800" data-testid="answer-text">
              {answerWithNumbers(answer, (position, title) => t("sourceLabel", { position, title }))}
            </p>
            {answer.citations.length > 0 ? (
              <div>
                <h3 className="text-sm font-medium">{t("sources")}</h3>
                <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm" data-testid="answer-citations">
                  {answer.citations.map((citation, index) => (
                    <li key={citation.chunkId} id={`answer-citation-${index + 1}`} data-testid="answer-citation">
                      <Link href={`/${workspaceSlug}/knowledge/${citation.sourceId}`} className="font-medium text-brand-700 underline">
                        {citation.sourceTitle}
                      </Link>{" "}
                      <span className="text-slate-500">{t("version", { version: citation.version })}</span>
                      {citation.isInternalNote ? (
                        <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900" data-testid="internal-note-label">
                          {t("internalNote")}
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ol>
              </div>
            ) : null}
            <div className="space-y-2">
              {isLocalExtractiveModel(answer.model) ? <LocalExtractiveBadge /> : null}
              <PrivacyNote privacy={answer.privacy} model={answer.model} />
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}
