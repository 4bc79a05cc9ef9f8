import Link from "next/link";

/**
 * How long sent text is kept. The period is one of the workspace's retention periods, edited on
 * the Data protection page with the others, so there is one place (and one audit trail) for it.
 */
export function StoredPromptsNote({ days, dataProtectionHref }: { days: number; dataProtectionHref: string }) {
  return (
    <section aria-labelledby="retention-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="retention-heading" className="text-lg font-medium">
        What leaves: retention
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {days <= 0
          ? "The text calls send to models outside this server is not stored for this workspace."
          : `The text each call sent to a model outside this server (after redaction) is kept for ${days} days, for review under Recent calls.`}{" "}
        <Link className="underline" href={dataProtectionHref}>
          Change it under Data protection
        </Link>
        .
      </p>
    </section>
  );
}
