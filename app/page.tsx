import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listMembershipsOfUser } from "@/lib/workspaces/queries";
import { SignOutButton } from "@/components/shell/sign-out-button";

export const dynamic = "force-dynamic";

/** Sends a signed-in person to their first workspace; explains what to do if they have none. */
export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const memberships = await listMembershipsOfUser(await getDb(), { userId: user.id });
  const first = memberships[0];
  if (first) redirect(`/${first.slug}`);
  return (
    <main className="mx-auto max-w-lg p-8">
      <h1 className="text-2xl font-semibold">No workspace yet</h1>
      <p className="mt-3 text-slate-700">
        You are signed in as {user.email}, but you are not a member of any workspace. Ask an admin of your brand&apos;s
        workspace to add you under Admin → Members.
      </p>
      <div className="mt-6">
        <SignOutButton />
      </div>
    </main>
  );
}
