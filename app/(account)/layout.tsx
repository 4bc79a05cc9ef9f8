import Link from "next/link";
import { SignOutButton } from "@/components/shell/sign-out-button";

export const dynamic = "force-dynamic";

/** Pages about the person's own account, outside any workspace. */
export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center gap-3 px-4 py-3">
          <Link href="/" className="text-lg font-semibold text-brand-900">
            Brandpilot
          </Link>
          <Link href="/" className="text-sm text-slate-700 underline-offset-2 hover:underline">
            Back to your workspace
          </Link>
          <div className="ml-auto flex items-center gap-3">
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-4xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
