"use client";

import { useAction } from "next-safe-action/hooks";
import { useId, useState } from "react";
import { deleteBriefTemplateAction, saveBriefTemplateAction } from "@/app/(app)/[workspace]/generate/actions";
import type { BriefInput } from "@/lib/assets/generate/brief";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { describeActionError } from "@/components/ui/action-error";
import { describeBrief } from "./brief-label";
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
  const save = useAction(saveBriefTemplateAction, { onSuccess: ({ data }) => (setTemplates(data.templates), setName(""), setNotice("Template saved.")) });
  const remove = useAction(deleteBriefTemplateAction, { onSuccess: ({ data }) => (setTemplates(data.templates), setNotice("Template deleted.")) });
  const error = describeActionError(save.result) ?? describeActionError(remove.result);

  function saveTemplate() {
    const brief = currentBrief();
    setNotice(null);
    if (!brief) return setNotice("Fill in the brief first (a product or topic, and at least one channel).");
    save.execute({ workspaceId, name, brief });
  }

  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer text-sm font-medium text-slate-800">Start from a recent brief or template</summary>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <section aria-label="Recent briefs">
          <h3 className="text-sm font-medium text-slate-800">Your recent briefs</h3>
          {recent.length === 0 ? <p className="text-sm text-slate-600">Briefs you generate from appear here.</p> : null}
          <ul className="mt-1 space-y-1">
            {recent.map((item) => (
              <li key={item.at + describeBrief(item.brief, products)} className="flex items-center justify-between gap-2 text-sm">
                <span>{describeBrief(item.brief, products)}</span>
                <Button type="button" variant="secondary" onClick={() => onApply(item.brief)} aria-label={`Use brief: ${describeBrief(item.brief, products)}`}>
                  Use
                </Button>
              </li>
            ))}
          </ul>
        </section>
        <section aria-label="Brief templates">
          <h3 className="text-sm font-medium text-slate-800">Templates</h3>
          {templates.length === 0 ? <p className="text-sm text-slate-600">No templates yet.</p> : null}
          <ul className="mt-1 space-y-1">
            {templates.map((template) => (
              <li key={template.id} className="flex items-center justify-between gap-2 text-sm">
                <span title={describeBrief(template.brief, products)}>{template.name}</span>
                <span className="flex gap-2">
                  <Button type="button" variant="secondary" onClick={() => onApply(template.brief)} aria-label={`Use template ${template.name}`}>
                    Use
                  </Button>
                  <Button type="button" variant="danger" onClick={() => remove.execute({ workspaceId, templateId: template.id })} aria-label={`Delete template ${template.name}`}>
                    Delete
                  </Button>
                </span>
              </li>
            ))}
          </ul>
          <div className="mt-2 flex flex-wrap items-end gap-2">
            <label htmlFor={nameId} className="text-sm">
              Template name
              <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} maxLength={120} className="mt-1 block rounded-md border border-slate-300 px-2 py-1 text-sm" />
            </label>
            <Button type="button" variant="secondary" onClick={saveTemplate} disabled={save.isPending || name.trim() === ""}>
              Save brief as template
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
