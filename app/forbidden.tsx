import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg p-8" data-testid="forbidden">
      <h1 className="text-2xl font-semibold">Not allowed</h1>
      <p className="mt-3 text-slate-700">
        Your role in this workspace does not include this page. If you need it, ask a workspace admin.
      </p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        Back to your workspace
      </Link>
    </main>
  );
}
