import { AdminNav } from "@/components/admin/admin-nav";
import { requireWorkspacePage } from "@/lib/authz/page-guard";

export default async function AdminLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ workspace: string }>;
}) {
  const { workspace } = await params;
  // The section is admin-only; each page also declares its own permission.
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "members:manage" });
  const base = `/${membership.slug}/admin`;
  return (
    <div className="grid gap-6 md:grid-cols-[12rem_1fr]">
      <AdminNav base={base} />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
