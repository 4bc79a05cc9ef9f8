"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/authz/roles";

/** What a role change does to the person, said before it happens (a dropdown alone changed it at once). */
export function ChangeRoleConfirm({
  email,
  from,
  to,
  isPending,
  onConfirm,
  onCancel,
}: {
  email: string;
  from: Role;
  to: Role;
  isPending: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const headingId = useId();
  const t = useTranslations("admin.changeRole");
  const tRoles = useTranslations("common.roles");
  const tCommon = useTranslations("common");
  return (
    <section role="dialog" aria-modal="false" aria-labelledby={headingId} className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm" data-testid="change-role-confirm">
      <h3 id={headingId} className="font-medium text-amber-950">
        {t("question", { email, from: tRoles(from), to: tRoles(to) })}
      </h3>
      <p className="mt-1 text-amber-950">{t("consequence")}</p>
      <div className="mt-3 flex gap-2">
        <Button disabled={isPending} onClick={onConfirm}>
          {t("confirm")}
        </Button>
        <Button variant="secondary" disabled={isPending} onClick={onCancel}>
          {tCommon("cancel")}
        </Button>
      </div>
    </section>
  );
}
