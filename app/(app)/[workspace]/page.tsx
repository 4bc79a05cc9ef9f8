import { redirect } from "next/navigation";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { sectionsForRole } from "@/lib/authz/navigation";

export default async function WorkspaceHome({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace });
  const [first] = sectionsForRole(membership.role);
  redirect(first ? `/${membership.slug}/${first.segment}` : "/");
}
