import type { Metadata } from "next";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { loadBrandContext } from "@/lib/assets/generate/brand-context";
import { PageHeader } from "@/components/ui/page-header";
import { BrandSettingsForm } from "@/components/brand/brand-settings-form";

export const metadata: Metadata = { title: "Brand rules" };

export default async function BrandRulesPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "settings:manage" });
  const brand = await loadBrandContext(await getDb(), membership.workspaceId);
  return (
    <>
      <PageHeader title="Brand rules" description="Banned terms and claims, preferred terminology, required disclaimers and tone: checked on every generated output and every edit." />
      <BrandSettingsForm workspaceId={membership.workspaceId} siteUrl={brand.siteUrl} languages={brand.languages} rules={brand.rules} />
    </>
  );
}
