import Link from "next/link";
import { headers } from "next/headers";
import { REQUEST_PATH_HEADER } from "@/lib/auth/sign-in-redirect";
import { forbiddenMessageFor } from "@/components/shell/forbidden-message";

// Gets no props: the requested path (set by proxy.ts) tells instance pages from workspace pages.
export default async function Forbidden() {
  const message = forbiddenMessageFor((await headers()).get(REQUEST_PATH_HEADER));
  return (
    <main className="mx-auto max-w-lg p-8" data-testid="forbidden">
      <h1 className="text-2xl font-semibold">Not allowed</h1>
      <p className="mt-3 text-slate-700">{message}</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        Back to your workspace
      </Link>
    </main>
  );
}
