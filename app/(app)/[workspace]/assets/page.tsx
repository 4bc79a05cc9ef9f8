import type { Metadata } from "next";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Assets" };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  await requireWorkspacePage({ slug: workspace, permission: "asset:read" });
  return (
    <>
      <PageHeader title="Assets" description="Every asset the copilot produced, with its versions and provenance." />
      <ComingSoon
        title="Assets"
        plans={[
          "Browse and filter assets by status, channel and language",
          "Open an asset to see its sources, validation report and history",
        ]}
      />
    </>
  );
}
