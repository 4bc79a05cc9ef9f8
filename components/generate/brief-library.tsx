"use client";

import { useAction } from "next-safe-action/hooks";
import { useId, useState } from "react";
import { deleteBriefTemplateAction, saveBriefTemplateAction } from "@/app/(app)/[workspace]/generate/actions";
import type { BriefInput } from "@/lib/assets/generate/brief";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useTranslations } from "next-intl";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { useBriefLabel } from "./use-brief-text";
import type { ProductOption } from "./product-groups";

export type StoredBrief = { brief: BriefInput; at: string };
export type BriefTemplateOption = { id: string; name: string; brief: BriefInput };

/**
 * Starting points for a brief: the member's recent briefs and the workspace's saved templates.
 * Applying one fills the form (nothing is generated until Generate); "Save as template" keeps
 * the form's current brief under a name.
 */
export function BriefLibrary({
  workspaceId,
  products,
  recent,
  templates: initialTemplates,
  currentBrief,
  onApply,
}: {
  workspaceId: string;
  products: readonly ProductOption[];
  recent: readonly StoredBrief[];
  templates: readonly BriefTemplateOption[];
  /** The form's brief now, or null when it is not complete enough to keep. */
  currentBrief(): BriefInput | null;
  onApply(brief: BriefInput): void;
}) {
  const [templates, setTemplates] = useState(initialTemplates);
  const [name, setName] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const nameId = useId();
  const t = useTranslations("generate.briefLibrary");
  const errorText = useActionErrorText();
  const describeBrief = useBriefLabel(products);
  const save = useAction(saveBriefTemplateAction, { onSuccess: ({ data }) => (setTemplates(data.templates), setName(""), setNotice(t("templateSaved"))) });
  const remove = useAction(deleteBriefTemplateAction, { onSuccess: ({ data }) => (setTemplates(data.templates), setNotice(t("templateDeleted"))) });
  const error = errorText(save.result) ?? errorText(remove.result);

  function saveTemplate() {
    const brief = currentBrief();
    setNotice(null);
    if (!brief) return setNotice(t("fillBriefFirst"));
    save.execute({ workspaceId, name, brief });
  }

  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("summary")}</summary>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <section aria-label={t("recentLabel")}>
          <h3 className="text-sm font-medium text-slate-800">{t("recentHeading")}</h3>
          {recent.length === 0 ? <p className="text-sm text-slate-600">{t("recentEmpty")}</p> : null}
          <ul className="mt-1 space-y-1">
            {recent.map((item) => (
              <li key={item.at + describeBrief(item.brief)} className="flex items-center justify-between gap-2 text-sm">
                <span>{describeBrief(item.brief)}</span>
                <Button type="button" variant="secondary" onClick={() => onApply(item.brief)} aria-label={t("useBriefLabel", { brief: describeBrief(item.brief) })}>
                  {t("use")}
                </Button>
              </li>
            ))}
          </ul>
        </section>
        <section aria-label={t("templatesLabel")}>
          <h3 className="text-sm font-medium text-slate-800">{t("templatesHeading")}</h3>
          {templates.length === 0 ? <p className="text-sm text-slate-600">{t("templatesEmpty")}</p> : null}
          <ul className="mt-1 space-y-1">
            {templates.map((template) => (
              <li key={template.id} className="flex items-center justify-between gap-2 text-sm">
                <span title={describeBrief(template.brief)}>{template.name}</span>
                <span className="flex gap-2">
                  <Button type="button" variant="secondary" onClick={() => onApply(template.brief)} aria-label={t("useTemplateLabel", { name: template.name })}>
                    {t("use")}
                  </Button>
                  <Button type="button" variant="danger" onClick={() => remove.execute({ workspaceId, templateId: template.id })} aria-label={t("deleteTemplateLabel", { name: template.name })}>
                    {t("delete")}
                  </Button>
                </span>
              </li>
            ))}
          </ul>
          <div className="mt-2 flex flex-wrap items-end gap-2">
            <label htmlFor={nameId} className="text-sm">
              {t("templateName")}
              <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} maxLength={120} className="mt-1 block rounded-md border border-slate-300 px-2 py-1 text-sm" />
            </label>
            <Button type="button" variant="secondary" onClick={saveTemplate} disabled={save.isPending || name.trim() === ""}>
              {t("saveAsTemplate")}
            </Button>
          </div>
        </section>
      </div>
      <div aria-live="polite" className="mt-2">
        {error ? <Alert tone="error">{error}</Alert> : notice ? <p className="text-sm text-slate-700">{notice}</p> : null}
      </div>
    </details>
  );
}
