import Link from "next/link";
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
      <nav aria-label="Admin">
        <ul className="flex flex-wrap gap-1 md:flex-col md:flex-nowrap">
          <li>
            <Link className="block rounded-md px-3 py-2 text-sm hover:bg-slate-100" href={`${base}/members`}>
              Members
            </Link>
          </li>
          <li>
            <Link className="block rounded-md px-3 py-2 text-sm hover:bg-slate-100" href={`${base}/audit`}>
              Audit log
            </Link>
          </li>
          <li>
            <Link className="block rounded-md px-3 py-2 text-sm hover:bg-slate-100" href={`${base}/models`}>
              Models & routing
            </Link>
          </li>
          <li>
            <Link className="block rounded-md px-3 py-2 text-sm hover:bg-slate-100" href={`${base}/brand`}>
              Brand rules
            </Link>
          </li>
          <li>
            <Link className="block rounded-md px-3 py-2 text-sm hover:bg-slate-100" href={`${base}/webhook`}>
              Webhook
            </Link>
          </li>
          <li>
            <Link className="block rounded-md px-3 py-2 text-sm hover:bg-slate-100" href={`${base}/data-protection`}>
              Data protection
            </Link>
          </li>
          <li>
            <Link className="block rounded-md px-3 py-2 text-sm hover:bg-slate-100" href={`${base}/export`}>
              Export
            </Link>
          </li>
        </ul>
      </nav>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
