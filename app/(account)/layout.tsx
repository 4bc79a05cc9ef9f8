import Link from "next/link";
import { AppFrame } from "@/components/shell/app-frame";
import { SignOutButton } from "@/components/shell/sign-out-button";

export const dynamic = "force-dynamic";

/** Pages about the person's own account, outside any workspace. */
export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return (
    <AppFrame
      homeHref="/"
      width="narrow"
      headerStart={
        <Link href="/" className="text-sm text-slate-700 underline-offset-2 hover:underline">
          Back to your workspace
        </Link>
      }
      headerEnd={<SignOutButton />}
    >
      {children}
    </AppFrame>
  );
}
