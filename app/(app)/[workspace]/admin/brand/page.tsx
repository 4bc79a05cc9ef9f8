import type { Metadata } from "next";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { loadBrandContext } from "@/lib/assets/generate/brand-context";
import { PageHeader } from "@/components/ui/page-header";
import { BrandSettingsForm } from "@/components/brand/brand-settings-form";
import { MinimumScoresForm } from "@/components/brand/minimum-scores-form";
import { loadMinimumScores } from "@/lib/assets/compliance/load-compliance";

export const metadata: Metadata = { title: "Brand rules" };

export default async function BrandRulesPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "settings:manage" });
  const brand = await loadBrandContext(await getDb(), membership.workspaceId);
  const minimums = await loadMinimumScores(await getDb(), membership.workspaceId);
  return (
    <>
      <PageHeader title="Brand rules" description="Banned terms and claims, preferred terminology, required disclaimers and tone: checked on every generated output and every edit." />
      <BrandSettingsForm workspaceId={membership.workspaceId} siteUrl={brand.siteUrl} languages={brand.languages} rules={brand.rules} />
      <MinimumScoresForm workspaceId={membership.workspaceId} minScoreToSubmit={minimums.toSubmit} minScoreToApprove={minimums.toApprove} />
    </>
  );
}
