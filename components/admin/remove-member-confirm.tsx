"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * The confirmation before a removal, with the choice to erase the person's data at once. Erasing
 * cannot be undone, so it is never the default.
 */
export function RemoveMemberConfirm({
  email,
  isPending,
  onConfirm,
  onCancel,
}: {
  email: string;
  isPending: boolean;
  onConfirm(options: { erasePersonalData: boolean }): void;
  onCancel(): void;
}) {
  const [erase, setErase] = useState(false);
  const t = useTranslations("admin.removeMember");
  const tCommon = useTranslations("common");
  const headingId = useId();
  const eraseId = useId();
  return (
    <section role="dialog" aria-modal="false" aria-labelledby={headingId} className="rounded-md border border-red-200 bg-red-50 p-4 text-sm" data-testid="remove-member-confirm">
      <h3 id={headingId} className="font-medium text-red-900">
        {t("question", { email })}
      </h3>
      <p className="mt-1 text-red-900">{t("consequence")}</p>
      <div className="mt-3 flex items-start gap-2">
        <input id={eraseId} type="checkbox" className="mt-1 h-4 w-4" checked={erase} onChange={(event) => setErase(event.target.checked)} />
        <label htmlFor={eraseId}>
          {t("alsoErase")}
        </label>
      </div>
      <div className="mt-3 flex gap-2">
        <Button variant="danger" disabled={isPending} onClick={() => onConfirm({ erasePersonalData: erase })}>
          {erase ? t("confirmErase") : t("confirm")}
        </Button>
        <Button variant="secondary" disabled={isPending} onClick={onCancel}>
          {tCommon("cancel")}
        </Button>
      </div>
    </section>
  );
}
