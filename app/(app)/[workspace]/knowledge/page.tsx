import type { Metadata } from "next";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Knowledge" };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  await requireWorkspacePage({ slug: workspace, permission: "knowledge:read" });
  return (
    <>
      <PageHeader title="Knowledge" description="The brand and product content every asset is grounded in." />
      <ComingSoon
        title="Knowledge"
        plans={[
          "Upload brand guides, product pages and PDFs, or import a product feed",
          "Watch ingestion progress and see flagged content",
          "Try retrieval in a playground and see which passages would be cited",
        ]}
      />
    </>
  );
}
