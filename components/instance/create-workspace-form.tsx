"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { createWorkspaceAction } from "@/app/(instance)/instance/workspaces/actions";
import { suggestSlug } from "@/lib/workspaces/slug";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { useServerErrorText } from "@/components/ui/use-action-error-text";
import type { WorkspaceEvent, WorkspaceNotice } from "./workspace-notice";
import { WorkspaceNoticeView } from "./workspace-notice-view";

export function CreateWorkspaceForm({ notice, onEvent }: { notice: WorkspaceNotice | null; onEvent: (event: WorkspaceEvent) => void }) {
  const router = useRouter();
  const t = useTranslations("instance.createWorkspace");
  const serverErrorText = useServerErrorText();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const { execute, result, isPending } = useAction(createWorkspaceAction, {
    onSuccess: ({ data }) => {
      if (data) onEvent({ type: "created", name: data.name, slug: data.slug });
      setName("");
      setSlug("");
      setSlugEdited(false);
      router.refresh();
    },
    onError: ({ error }) => {
      if (error.serverError) onEvent({ type: "failed", message: serverErrorText(error.serverError) });
    },
  });
  const fieldErrors = result.validationErrors?.fieldErrors;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    execute({ name, slug });
  }

  return (
    <section aria-labelledby="create-workspace-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="create-workspace-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("description")}</p>
      <form onSubmit={submit} className="mt-3 grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start" noValidate>
        <Field id="workspace-name" label={t("name")} error={fieldErrors?.name?.[0]}>
          <TextInput
            id="workspace-name"
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              if (!slugEdited) setSlug(suggestSlug(event.target.value));
            }}
            error={fieldErrors?.name?.[0]}
            required
          />
        </Field>
        <Field id="workspace-slug" label={t("slug")} error={fieldErrors?.slug?.[0]}>
          <TextInput
            id="workspace-slug"
            value={slug}
            onChange={(event) => {
              setSlug(event.target.value);
              setSlugEdited(true);
            }}
            error={fieldErrors?.slug?.[0]}
            autoCapitalize="none"
            spellCheck={false}
            required
          />
        </Field>
        <Button type="submit" disabled={isPending} className="sm:mt-6">
          {isPending ? t("submitting") : t("submit")}
        </Button>
      </form>
      <div className="mt-3" aria-live="polite">
        {notice ? <WorkspaceNoticeView notice={notice} /> : null}
      </div>
    </section>
  );
}
