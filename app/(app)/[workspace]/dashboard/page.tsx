import type { Metadata } from "next";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Dashboard" };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  await requireWorkspacePage({ slug: workspace, permission: "kpi:read" });
  return (
    <>
      <PageHeader title="Dashboard" description="Campaign results and the copilot's own figures." />
      <ComingSoon
        title="Dashboard"
        plans={[
          "Read campaign results: CTR, CPA, ROAS and uplift with its uncertainty",
          "See time-to-asset, cost per asset, approval rate, latency and cache hits",
        ]}
      />
    </>
  );
}
