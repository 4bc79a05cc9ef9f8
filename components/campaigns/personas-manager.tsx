"use client";

import { useTranslations } from "next-intl";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { archivePersonaAction, createPersonaAction, restorePersonaAction, updatePersonaAction } from "@/app/(app)/[workspace]/campaigns/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SoftDisabledButton } from "@/components/generate/soft-disabled-button";
import { personaDraftToInput, personaToDraft, type PersonaDraft } from "./form-values";
import { PersonaFields } from "./persona-fields";
import { useCampaignLabels } from "./use-campaign-labels";
import { UnavailableButton } from "./unavailable-button";

export type PersonaRow = { id: string; name: string; description: string; pains: string[]; vocabulary: string[]; language: string; archived: boolean; campaigns: number };

/**
 * The workspace's personas: read by everyone who plans or reviews; created, edited, archived and
 * restored by roles with campaign:manage (others see the controls dimmed with the reason).
 */
export function PersonasManager({ workspaceId, personas, languages, reason }: { workspaceId: string; personas: PersonaRow[]; languages: ("de" | "en")[]; reason: string | null }) {
  const t = useTranslations("campaigns.personas");
  const errorText = useActionErrorText();
  const labels = useCampaignLabels();
  const router = useRouter();
  const [creating, setCreating] = useState<PersonaDraft | null>(null);
  const [editing, setEditing] = useState<{ id: string; draft: PersonaDraft } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setNotice(message);
    router.refresh();
  };
  const create = useAction(createPersonaAction, { onSuccess: ({ input }) => (setCreating(null), done(t("created", { name: input.name.trim() }))) });
  const update = useAction(updatePersonaAction, { onSuccess: ({ input }) => (setEditing(null), done(t("saved", { name: input.name.trim() }))) });
  const archive = useAction(archivePersonaAction, { onSuccess: () => done(t("archived")) });
  const restore = useAction(restorePersonaAction, { onSuccess: () => done(t("restored")) });
  const error = [create, update, archive, restore].map((action) => errorText(action.result)).find(Boolean) ?? null;
  const pending = create.isPending || update.isPending || archive.isPending || restore.isPending;
  const pickable = languages.length > 0 ? languages : (["de", "en"] as const satisfies readonly ("de" | "en")[]).slice();

  return (
    <div className="grid gap-4">
      {reason ? (
        <UnavailableButton label={t("new")} reason={reason} />
      ) : creating ? (
        <section aria-labelledby="create-persona-heading" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="create-persona-heading" className="text-lg font-medium">
            {t("new")}
          </h2>
          <PersonaFields idPrefix="create-persona" value={creating} languages={pickable} onChange={setCreating} />
          <div className="flex flex-wrap gap-2">
            <SoftDisabledButton type="button" unavailable={pending} onClick={() => create.execute({ workspaceId, ...personaDraftToInput(creating) })}>
              {t("save")}
            </SoftDisabledButton>
            <Button type="button" variant="secondary" onClick={() => setCreating(null)}>
              {t("cancel")}
            </Button>
          </div>
        </section>
      ) : (
        <div>
          <Button type="button" onClick={() => (setNotice(null), setCreating({ name: "", description: "", pains: "", vocabulary: "", language: pickable[0] ?? "en" }))}>
            {t("new")}
          </Button>
        </div>
      )}
      <div aria-live="polite">{error ? <Alert tone="error">{error}</Alert> : notice ? <Alert tone="success">{notice}</Alert> : null}</div>
      <h2 className="text-lg font-medium">{t("savedHeading")}</h2>
      {personas.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="grid gap-3" aria-label={t("listLabel")}>
          {personas.map((persona) => (
            <li key={persona.id} className={`rounded-lg border border-slate-200 p-4 ${persona.archived ? "bg-slate-50" : "bg-white"}`} data-testid={`persona-${persona.id}`}>
              {editing?.id === persona.id ? (
                <div className="grid gap-3">
                  <PersonaFields idPrefix={`edit-${persona.id}`} value={editing.draft} languages={pickable} onChange={(draft) => setEditing({ id: persona.id, draft })} />
                  <div className="flex flex-wrap gap-2">
                    <SoftDisabledButton type="button" unavailable={pending} onClick={() => update.execute({ workspaceId, personaId: persona.id, ...personaDraftToInput(editing.draft) })}>
                      {t("saveNamed", { name: persona.name })}
                    </SoftDisabledButton>
                    <Button type="button" variant="secondary" onClick={() => setEditing(null)}>
                      {t("cancel")}
                    </Button>
                  </div>
                </div>
              ) : (
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="text-sm">
                    <h3 className="text-base font-medium text-slate-900">
                      {persona.name} <span className="font-normal text-slate-600">({labels.language(persona.language)})</span>
                      {persona.archived ? <span className="ml-2 text-xs font-medium text-slate-600">{t("archivedBadge")}</span> : null}
                    </h3>
                    {persona.description ? <p className="text-slate-800">{persona.description}</p> : null}
                    {persona.pains.length > 0 ? <p className="text-slate-700">{t("pains", { pains: persona.pains.join("; ") })}</p> : null}
                    {persona.vocabulary.length > 0 ? <p className="text-slate-700">{t("vocabulary", { words: persona.vocabulary.join(", ") })}</p> : null}
                    <p className="text-slate-600">
                      {t("usedBy", { count: persona.campaigns })}
                    </p>
                  </div>
                  {reason ? null : (
                    <div className="flex flex-wrap gap-2">
                      <Button type="button" variant="secondary" onClick={() => (setNotice(null), setEditing({ id: persona.id, draft: personaToDraft(persona) }))}>
                        {t("edit", { name: persona.name })}
                      </Button>
                      {persona.archived ? (
                        <Button type="button" variant="secondary" disabled={pending} onClick={() => restore.execute({ workspaceId, personaId: persona.id })}>
                          {t("restore", { name: persona.name })}
                        </Button>
                      ) : (
                        <Button type="button" variant="secondary" disabled={pending} onClick={() => archive.execute({ workspaceId, personaId: persona.id })}>
                          {t("archive", { name: persona.name })}
                        </Button>
                      )}
                    </div>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
