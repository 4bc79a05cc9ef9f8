"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS, type Role } from "@/lib/authz/roles";

/** What a role change does to the person, said before it happens (a dropdown alone changed it at once). */
export function ChangeRoleConfirm({
  email,
  from,
  to,
  isPending,
  onConfirm,
  onCancel,
}: {
  email: string;
  from: Role;
  to: Role;
  isPending: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const headingId = useId();
  return (
    <section role="dialog" aria-modal="false" aria-labelledby={headingId} className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm" data-testid="change-role-confirm">
      <h3 id={headingId} className="font-medium text-amber-950">
        Change the role of {email} from {ROLE_LABELS[from]} to {ROLE_LABELS[to]}?
      </h3>
      <p className="mt-1 text-amber-950">Their permissions change at once, on their next click. The change is recorded in the audit log.</p>
      <div className="mt-3 flex gap-2">
        <Button disabled={isPending} onClick={onConfirm}>
          Change role
        </Button>
        <Button variant="secondary" disabled={isPending} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
