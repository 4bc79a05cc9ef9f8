"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { saveNotificationSettingsAction } from "@/app/(app)/[workspace]/my-work/actions";
import type { NotificationKind } from "@/lib/db/schema/notifications";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";
import { useActionErrorText } from "@/components/ui/use-action-error-text";

// Spelled out here (not imported from the schema) so the client bundle does not pull in drizzle; `satisfies` keeps it honest.
const KINDS = ["submitted", "changes_requested", "approved", "published", "import_finished", "budget_warning"] as const satisfies readonly NotificationKind[];

export type NotificationSettingsValue = { emailImmediately: boolean; emailDailyDigest: boolean; mutedKinds: NotificationKind[] };

export function NotificationSettingsForm({ workspaceId, initial, isMailConfigured }: { workspaceId: string; initial: NotificationSettingsValue; isMailConfigured: boolean }) {
  const [value, setValue] = useState(initial);
  const t = useTranslations("notifications.settings");
  const errorText = useActionErrorText();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const save = useAction(saveNotificationSettingsAction, {
    onSuccess: () => setNotice({ tone: "success", text: t("saved") }),
    onError: ({ error }) => setNotice({ tone: "error", text: errorText(error) ?? t("notSaved") }),
  });
  const kinds: readonly NotificationKind[] = KINDS;
  const toggleKind = (kind: NotificationKind, on: boolean) =>
    setValue((current) => ({ ...current, mutedKinds: on ? current.mutedKinds.filter((k) => k !== kind) : [...current.mutedKinds, kind] }));

  return (
    <section aria-labelledby="notification-settings-heading" className="space-y-3 rounded-md border border-slate-200 bg-white p-4">
      <h2 id="notification-settings-heading" className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          save.execute({ workspaceId, ...value });
        }}
      >
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">{t("kindsLegend")}</legend>
          {kinds.map((kind) => (
            <label key={kind} className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" checked={!value.mutedKinds.includes(kind)} onChange={(event) => toggleKind(kind, event.target.checked)} />
              {t(`kinds.${kind}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">{t("mailLegend")}</legend>
          {isMailConfigured ? null : <p className="text-sm text-slate-600">{t("noMail")}</p>}
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" checked={value.emailImmediately} onChange={(event) => setValue({ ...value, emailImmediately: event.target.checked })} />
            {t("mailImmediately")}
          </label>
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" checked={value.emailDailyDigest} onChange={(event) => setValue({ ...value, emailDailyDigest: event.target.checked })} />
            {t("mailDigest")}
          </label>
        </fieldset>
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
        <Button type="submit" disabled={save.isPending}>
          {t("save")}
        </Button>
      </form>
    </section>
  );
}
