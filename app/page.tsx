import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { hasAnyUser } from "@/lib/setup/setup-state";
import { listMembershipsOfUser } from "@/lib/workspaces/queries";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { NoAccountsNotice } from "@/components/setup/no-accounts-notice";

export const dynamic = "force-dynamic";

/** Sends a signed-in person to their first workspace; explains what to do if they have none, or if nobody has an account yet. */
export default async function HomePage() {
  const user = await getCurrentUser();
  const db = await getDb();
  const t = await getTranslations("shell.home");
  if (!user) {
    if (await hasAnyUser(db)) redirect("/login");
    return (
      <main className="mx-auto max-w-lg p-8">
        <h1 className="mb-4 text-2xl font-semibold">{t("welcome")}</h1>
        <NoAccountsNotice />
      </main>
    );
  }
  const memberships = await listMembershipsOfUser(db, { userId: user.id });
  const first = memberships[0];
  if (first) redirect(`/${first.slug}`);
  return (
    <main className="mx-auto max-w-lg p-8">
      <h1 className="text-2xl font-semibold">{t("noWorkspaceTitle")}</h1>
      {user.isInstanceOwner ? (
        <p className="mt-3 text-slate-700">
          {t.rich("instanceOwnerNoWorkspace", {
            email: user.email,
            link: (chunks) => (
              <Link href="/instance/workspaces" className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <p className="mt-3 text-slate-700">
          {t("memberNoWorkspace", { email: user.email })}
        </p>
      )}
      <div className="mt-6">
        <SignOutButton />
      </div>
    </main>
  );
}
