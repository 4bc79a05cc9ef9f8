"use client";

import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent, type ReactNode } from "react";
import { searchKnowledgeAction } from "@/app/(app)/[workspace]/knowledge/actions";
import { useTranslations } from "next-intl";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { AskPanel } from "./ask-panel";
import { SOURCE_ROLES } from "./labels";

/** Marks the query's words (and words starting with them) in a passage. */
function highlight(text: string, query: string): ReactNode[] {
  const words = [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [])];
  if (words.length === 0) return [text];
  const pattern = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})[\\p{L}\\p{N}]*`, "giu");
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(last, match.index));
    parts.push(<mark key={match.index}>{match[0]}</mark>);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

const formatScore = (value: number | null, digits = 3) => (value === null ? "—" : value.toFixed(digits));

/** The Knowledge page's playground: ask a question (answer with citations), then see what retrieval finds. */
export function Playground({ workspaceId, workspaceSlug }: { workspaceId: string; workspaceSlug: string }) {
  return (
    <div className="space-y-8">
      <AskPanel workspaceId={workspaceId} workspaceSlug={workspaceSlug} />
      <RetrievalPlayground workspaceId={workspaceId} />
    </div>
  );
}

function RetrievalPlayground({ workspaceId }: { workspaceId: string }) {
  const [query, setQuery] = useState("");
  const [kind, setKind] = useState("");
  const [language, setLanguage] = useState("");
  const [useRerank, setUseRerank] = useState(true);
  const [useDiversity, setUseDiversity] = useState(false);
  const search = useAction(searchKnowledgeAction);
  const data = search.result.data;
  const t = useTranslations("knowledge.playground");
  const tKnowledge = useTranslations("knowledge");
  const errorText = useActionErrorText();
  const error = errorText(search.result);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    search.execute({
      workspaceId,
      query,
      k: 10,
      kinds: kind ? [kind as never] : undefined,
      languages: language ? [language as never] : undefined,
      rerank: useRerank,
      mmrLambda: useDiversity ? 0.7 : undefined,
    });
  }

  return (
    <section aria-labelledby="playground-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="playground-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <form onSubmit={submit} className="grid gap-3 sm:grid-cols-[1fr_12rem_10rem_auto] sm:items-end" noValidate>
        <Field id="playground-query" label={t("query")}>
          <TextInput id="playground-query" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t("placeholder")} />
        </Field>
        <Field id="playground-kind" label={t("kind")}>
          <Select id="playground-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{t("allKinds")}</option>
            {SOURCE_ROLES.map((key) => (
              <option key={key} value={key}>
                {tKnowledge(`roles.${key}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="playground-language" label={t("language")}>
          <Select id="playground-language" value={language} onChange={(e) => setLanguage(e.target.value)}>
            <option value="">{t("anyLanguage")}</option>
            <option value="de">{tKnowledge("languages.de")}</option>
            <option value="en">{tKnowledge("languages.en")}</option>
          </Select>
        </Field>
        <Button type="submit" disabled={search.isPending}>
          {search.isPending ? t("searching") : t("search")}
        </Button>
        <div className="flex gap-4 text-sm sm:col-span-4">
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={useRerank} onChange={(e) => setUseRerank(e.target.checked)} /> {t("rerank")}
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={useDiversity} onChange={(e) => setUseDiversity(e.target.checked)} /> {t("diversify")}
          </label>
        </div>
      </form>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {data ? (
        <div aria-live="polite">
          <p className="text-sm text-slate-600">
            {t("resultCount", { count: data.results.length, ms: data.tookMs })}
          </p>
          <ol className="mt-2 space-y-3" data-testid="playground-results">
            {data.results.map((result, index) => (
              <li key={result.chunkId} className="rounded-md border border-slate-200 p-3" data-testid="playground-result">
                <div className="flex flex-wrap items-baseline gap-2 text-sm">
                  <span className="font-semibold">#{index + 1}</span>
                  <span className="font-medium" data-testid="result-source">{result.sourceTitle}</span>
                  <span className="text-slate-500">
                    {t("version", { version: result.version })}
                    {result.sectionPath.length > 0 ? ` · ${result.sectionPath.join(" › ")}` : ""}
                  </span>
                  {result.url ? (
                    <a className="text-brand-700 underline" href={result.url}>
                      {result.url}
                    </a>
                  ) : null}
                  {result.isFlagged ? <span className="rounded bg-red-100 px-1.5 text-xs text-red-800">{t("flagged")}</span> : null}
                </div>
                <p className="mt-2 whitespace-pre-line text-sm text-slate-800">{highlight(result.text, query)}</p>
                <dl className="mt-2 flex flex-wrap gap-x-4 font-mono text-xs text-slate-600">
                  <div><dt className="inline">{t("scores.vector")} </dt><dd className="inline">{formatScore(result.scores.vector)}</dd></div>
                  <div><dt className="inline">{t("scores.lexical")} </dt><dd className="inline">{formatScore(result.scores.lexical)}</dd></div>
                  <div><dt className="inline">{t("scores.fused")} </dt><dd className="inline">{formatScore(result.scores.fused, 4)}</dd></div>
                  <div><dt className="inline">{t("scores.rerank")} </dt><dd className="inline">{formatScore(result.scores.rerank)}</dd></div>
                  <div><dt className="inline">{t("scores.chunk")} </dt><dd className="inline">{result.chunkId}</dd></div>
                </dl>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
