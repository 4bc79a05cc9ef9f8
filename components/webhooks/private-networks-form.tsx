"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { setPrivateNetworksAction } from "@/app/(app)/[workspace]/admin/webhook/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import type { PrivateNetworkPolicyView } from "@/lib/workspaces/network-settings";
import { privateNetworksCheckbox } from "./private-networks-state";

/**
 * The workspace's "allow private networks" switch: webhooks and knowledge connectors may then
 * reach intranet addresses. Link-local (the cloud metadata service) stays refused either way. The instance's
 * OUTBOUND_PRIVATE_NETWORKS bounds it: `never` shows it off and disabled with the reason (or, when it is still stored
 * on, enabled only to switch it off), CIDRs are listed.
 */
export function PrivateNetworksForm({ workspaceId, allow, policy }: { workspaceId: string; allow: boolean; policy: PrivateNetworkPolicyView }) {
  const t = useTranslations("webhooks.privateNetworks");
  const errorText = useActionErrorText();
  const router = useRouter();
  // Shown at once; put back if the server refuses.
  const [checked, setChecked] = useState(allow);
  const save = useAction(setPrivateNetworksAction, { onSuccess: () => router.refresh(), onError: () => setChecked(allow) });
  const error = errorText(save.result);
  const box = privateNetworksCheckbox({ checked, isPending: save.isPending, policy });
  return (
    <section aria-labelledby="private-networks-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="private-networks-heading" className="text-lg font-medium">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("description")}</p>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="size-4" checked={box.checked}
          disabled={box.disabled}
          aria-describedby={box.note ? "private-networks-instance" : undefined}
          onChange={(e) => {
            setChecked(e.target.checked);
            save.execute({ workspaceId, allow: e.target.checked });
          }} />
        {t("allow")}
      </label>
      {box.note === "closed" ? (
        <p id="private-networks-instance" className="text-sm text-slate-600">{t("disabledByInstance")}</p>
      ) : box.note === "storedOnIgnored" ? (
        <p id="private-networks-instance" className="text-sm text-slate-600">{t("storedOnIgnoredByInstance")}</p>
      ) : policy.mode === "ranges" ? (
        <p id="private-networks-instance" className="text-sm text-slate-600">{t("limitedToRanges", { ranges: policy.cidrs.join(", ") })}</p>
      ) : null}
      {error ? <p className="text-sm text-red-700">{error}</p> : null}
    </section>
  );
}
