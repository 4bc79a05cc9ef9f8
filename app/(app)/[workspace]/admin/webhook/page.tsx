import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { listDeliveries } from "@/lib/webhooks/delivery-log";
import { getWebhookView } from "@/lib/webhooks/webhook-settings";
import { PageHeader } from "@/components/ui/page-header";
import { DeliveryLog } from "@/components/webhooks/delivery-log";
import { SignatureHelp } from "@/components/webhooks/secret-once";
import { WebhookForm } from "@/components/webhooks/webhook-form";
import { PrivateNetworksForm } from "@/components/webhooks/private-networks-form";
import { getAllowPrivateNetworks, getPrivateNetworkPolicyView } from "@/lib/workspaces/network-settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("webhooks.page");
  return { title: t("title") };
}

export default async function WebhookPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "settings:manage" });
  const db = await getDb();
  const t = await getTranslations("webhooks.page");
  const [settings, deliveries] = [await getWebhookView(db, membership.workspaceId), await listDeliveries(db, { workspaceId: membership.workspaceId, limit: 50 })];
  const allowPrivateNetworks = await getAllowPrivateNetworks(db, membership.workspaceId);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <WebhookForm workspaceId={membership.workspaceId} settings={settings ? { ...settings, updatedAt: settings.updatedAt.toISOString() } : null} />
        <PrivateNetworksForm workspaceId={membership.workspaceId} allow={allowPrivateNetworks} policy={getPrivateNetworkPolicyView()} />
        <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <summary className="cursor-pointer font-medium">{t("verifyHelp")}</summary>
          <div className="mt-2">
            <SignatureHelp />
          </div>
        </details>
        <DeliveryLog
          workspaceId={membership.workspaceId}
          workspacePath={`/${membership.slug}`}
          deliveries={deliveries.map((d) => ({
            ...d,
            createdAt: d.createdAt.toISOString(),
            deliveredAt: d.deliveredAt?.toISOString() ?? null,
            log: d.log.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
          }))}
        />
      </div>
    </>
  );
}
