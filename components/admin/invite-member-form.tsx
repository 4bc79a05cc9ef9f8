"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { createInvitationAction } from "@/app/(app)/[workspace]/admin/members/invitation-actions";
import { ROLES, type Role } from "@/lib/authz/roles";
import { useServerErrorText } from "@/components/ui/use-action-error-text";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import type { InvitationNotice, InvitationNoticeEvent } from "./invitation-notice-state";
import { InvitationNoticeView } from "./issued-invitation-notice";

export function InviteMemberForm({
  workspaceId,
  notice,
  onNotice,
}: {
  workspaceId: string;
  /** The page's one notice, shown here when this form caused it. */
  notice: InvitationNotice | null;
  onNotice: (event: InvitationNoticeEvent) => void;
}) {
  const router = useRouter();
  const t = useTranslations("admin.inviteForm");
  const tRoles = useTranslations("common.roles");
  const serverErrorText = useServerErrorText();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("marketer");
  const { execute, result, isPending } = useAction(createInvitationAction, {
    onSuccess: ({ data }) => {
      setEmail("");
      if (data) onNotice({ type: "issued", source: "invite-form", issued: data });
      router.refresh();
    },
    onError: ({ error }) => {
      if (error.serverError) onNotice({ type: "failed", source: "invite-form", message: serverErrorText(error.serverError) });
    },
  });
  const fieldErrors = result.validationErrors?.fieldErrors;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    execute({ workspaceId, email, role });
  }

  return (
    <section aria-labelledby="invite-member-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="invite-member-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("description")}</p>
      <form onSubmit={submit} className="mt-3 grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end" noValidate>
        <Field id="invite-email" label={t("email")} error={fieldErrors?.email?.[0]}>
          <TextInput
            id="invite-email"
            type="email"
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={fieldErrors?.email?.[0]}
            required
          />
        </Field>
        <Field id="invite-role" label={t("role")} error={fieldErrors?.role?.[0]}>
          <Select id="invite-role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {tRoles(option)}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" disabled={isPending}>
          {isPending ? t("submitting") : t("submit")}
        </Button>
      </form>
      <div className="mt-3" aria-live="polite">
        {notice?.source === "invite-form" ? <InvitationNoticeView notice={notice} /> : null}
      </div>
    </section>
  );
}
