import type { Metadata } from "next";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Generate" };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  await requireWorkspacePage({ slug: workspace, permission: "asset:generate" });
  return (
    <>
      <PageHeader title="Generate" description="Brief the copilot and get SEO assets and ad variants grounded in your own content." />
      <ComingSoon
        title="Generate"
        plans={[
          "Write a brief: product or topic, audience, goal, channels, language, tone and keywords",
          "Get SEO page assets (title, meta description, outline, FAQ, JSON-LD, internal links) with citations",
          "Get Google, Meta and LinkedIn ad variants with UTM links, checked against each platform's limits",
        ]}
      />
    </>
  );
}
