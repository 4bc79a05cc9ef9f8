import type { Metadata } from "next";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Review" };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  await requireWorkspacePage({ slug: workspace, permission: "asset:review" });
  return (
    <>
      <PageHeader title="Review" description="Review generated content before it goes out under the brand's name." />
      <ComingSoon
        title="Review"
        plans={[
          "See a queue of assets waiting for review",
          "Edit, comment, request changes, approve (never your own) and publish",
          "Compare any two versions field by field",
        ]}
      />
    </>
  );
}
