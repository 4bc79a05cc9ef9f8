import Link from "next/link";
import { requireInstanceOwnerPage } from "@/lib/workspaces/instance-page-guard";
import { SignOutButton } from "@/components/shell/sign-out-button";

export const dynamic = "force-dynamic";

/** Instance administration: for instance owners only, outside any workspace. */
export default async function InstanceLayout({ children }: { children: React.ReactNode }) {
  const user = await requireInstanceOwnerPage();
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
          <Link href="/" className="text-lg font-semibold text-brand-900">
            Brandpilot
          </Link>
          <span className="text-sm font-medium text-slate-700">Instance administration</span>
          <div className="ml-auto flex items-center gap-3">
            <span className="hidden text-sm text-slate-600 sm:inline" data-testid="current-user">
              {user.email} · Instance owner
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
