"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { pasteSourceAction } from "@/app/(app)/[workspace]/knowledge/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { DEFAULT_METADATA, SourceMetadataFields, type SourceMetadata } from "./source-metadata-fields";

export function PasteForm({ workspaceId }: { workspaceId: string }) {
  const router = useRouter();
  const t = useTranslations("knowledge.paste");
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const [metadata, setMetadata] = useState<SourceMetadata>(DEFAULT_METADATA);
  const { execute, result, isPending, hasSucceeded } = useAction(pasteSourceAction, {
    onSuccess: () => {
      setTitle("");
      setText("");
      router.refresh();
    },
  });
  const fieldErrors = result.validationErrors?.fieldErrors;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    execute({
      workspaceId,
      title,
      text,
      format: "markdown",
      kind: metadata.kind as never,
      classification: metadata.classification as never,
      language: metadata.language as never,
      canonicalUrl: metadata.canonicalUrl,
    });
  }

  return (
    <section aria-labelledby="paste-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="paste-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <form onSubmit={submit} className="mt-3 space-y-3" noValidate>
        <Field id="paste-title" label={t("title")} error={fieldErrors?.title?.[0]}>
          <TextInput id="paste-title" value={title} onChange={(e) => setTitle(e.target.value)} error={fieldErrors?.title?.[0]} />
        </Field>
        <Field id="paste-text" label={t("text")} error={fieldErrors?.text?.[0]}>
          <textarea
            id="paste-text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={6}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
            aria-invalid={fieldErrors?.text ? true : undefined}
          />
        </Field>
        <SourceMetadataFields idPrefix="paste" value={metadata} onChange={setMetadata} errors={fieldErrors as never} />
        <Button type="submit" disabled={isPending}>
          {isPending ? t("adding") : t("add")}
        </Button>
      </form>
      <div className="mt-3" aria-live="polite">
        {result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}
        {hasSucceeded ? <Alert tone="success">{t("added")}</Alert> : null}
      </div>
    </section>
  );
}
