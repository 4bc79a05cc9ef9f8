import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { loadBrandContext } from "@/lib/assets/generate/brand-context";
import { loadRuleProposalReview } from "@/lib/brand-rules/review-data";
import { PageHeader } from "@/components/ui/page-header";
import { BrandSettingsForm } from "@/components/brand/brand-settings-form";
import { MinimumScoresForm } from "@/components/brand/minimum-scores-form";
import { loadMinimumScores } from "@/lib/assets/compliance/load-compliance";
import { RuleProposals } from "@/components/brand/rule-proposals";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("brand.page");
  return { title: t("title") };
}

export default async function BrandRulesPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "settings:manage" });
  const t = await getTranslations("brand.page");
  const db = await getDb();
  const brand = await loadBrandContext(db, membership.workspaceId);
  const review = await loadRuleProposalReview(db, { workspaceId: membership.workspaceId });
  const minimums = await loadMinimumScores(db, membership.workspaceId);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6">
        <RuleProposals
          workspaceId={membership.workspaceId}
          guides={review.guides}
          proposals={review.proposals.map(({ id, type, rule, evidence, extractor, sourceTitle }) => ({ id, type, rule, evidence, extractor, sourceTitle }) as Parameters<typeof RuleProposals>[0]["proposals"][number])}
        />
        {/* Keyed by the rules, so accepting a proposal shows the merged rules in the form. */}
        <BrandSettingsForm
          key={JSON.stringify(brand.rules)}
          workspaceId={membership.workspaceId}
          siteUrl={brand.siteUrl}
          languages={brand.languages}
          rules={brand.rules}
          utmConvention={brand.utmConvention}
          brandName={brand.brandName}
        />
        <MinimumScoresForm workspaceId={membership.workspaceId} minScoreToSubmit={minimums.toSubmit} minScoreToApprove={minimums.toApprove} />
      </div>
    </>
  );
}
