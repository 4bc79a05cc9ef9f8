"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { changeSourceRoleAction } from "@/app/(app)/[workspace]/knowledge/actions";
import { Select } from "@/components/ui/field";
import { useTranslations } from "next-intl";
import { CHOOSABLE_ROLES, effectiveRole } from "@/lib/knowledge/source-roles";

/**
 * The role of an existing source, changed in place (audited). A legacy "other" source shows as a
 * published page, which is how generation treats it; feed products keep the product role.
 */
export function SourceRoleSelect({ workspaceId, sourceId, kind, isFeedProduct }: { workspaceId: string; sourceId: string; kind: string; isFeedProduct: boolean }) {
  const router = useRouter();
  const change = useAction(changeSourceRoleAction, { onSuccess: () => router.refresh() });
  const current = effectiveRole(kind);
  const id = `role-${sourceId}`;
  const t = useTranslations("knowledge");
  if (isFeedProduct) return <span>{t("roles.product")}</span>;
  return (
    <div className="min-w-44">
      <label htmlFor={id} className="sr-only">
        {t("sources.role")}
      </label>
      <Select
        id={id}
        value={current}
        disabled={change.isPending}
        onChange={(event) => change.execute({ workspaceId, sourceId, role: event.target.value as (typeof CHOOSABLE_ROLES)[number] })}
        data-testid="source-role"
      >
        {CHOOSABLE_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </Select>
      <p className="mt-1 text-xs text-slate-600">{t(`roleDescriptions.${current}`)}</p>
      {change.result.serverError ? <p className="mt-1 text-xs text-red-700">{change.result.serverError.message}</p> : null}
    </div>
  );
}
