import { redirect } from "next/navigation";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { landingSectionForRole } from "@/lib/authz/navigation";

export default async function WorkspaceHome({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace });
  const landing = landingSectionForRole(membership.role);
  redirect(landing ? `/${membership.slug}/${landing.segment}` : "/");
}
