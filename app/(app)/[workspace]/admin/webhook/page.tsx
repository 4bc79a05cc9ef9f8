import type { Metadata } from "next";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { listDeliveries } from "@/lib/webhooks/delivery-log";
import { getWebhookView } from "@/lib/webhooks/webhook-settings";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/components/assets/format-time";
import { DeliveryLog } from "@/components/webhooks/delivery-log";
import { SignatureHelp } from "@/components/webhooks/secret-once";
import { WebhookForm } from "@/components/webhooks/webhook-form";
import { PrivateNetworksForm } from "@/components/webhooks/private-networks-form";
import { getAllowPrivateNetworks } from "@/lib/workspaces/network-settings";

export const metadata: Metadata = { title: "Webhook" };

export default async function WebhookPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "settings:manage" });
  const db = await getDb();
  const [settings, deliveries] = [await getWebhookView(db, membership.workspaceId), await listDeliveries(db, { workspaceId: membership.workspaceId, limit: 50 })];
  const allowPrivateNetworks = await getAllowPrivateNetworks(db, membership.workspaceId);

  return (
    <>
      <PageHeader title="Webhook" description="Send the events you choose (published assets, review steps, finished imports, budget warnings) to your CMS or automation, signed, retried with backoff, and logged." />
      <div className="space-y-6">
        <WebhookForm workspaceId={membership.workspaceId} settings={settings ? { ...settings, updatedAt: settings.updatedAt.toISOString() } : null} />
        <PrivateNetworksForm workspaceId={membership.workspaceId} allow={allowPrivateNetworks} />
        <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <summary className="cursor-pointer font-medium">How the CMS verifies a delivery</summary>
          <div className="mt-2">
            <SignatureHelp />
          </div>
        </details>
        <DeliveryLog
          workspaceId={membership.workspaceId}
          workspacePath={`/${membership.slug}`}
          deliveries={deliveries.map((d) => ({
            ...d,
            createdAt: formatDateTime(d.createdAt),
            deliveredAt: d.deliveredAt ? formatDateTime(d.deliveredAt) : null,
            log: d.log.map((a) => ({ ...a, createdAt: formatDateTime(a.createdAt) })),
          }))}
        />
      </div>
    </>
  );
}
