"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { addMemberAction } from "@/app/(app)/[workspace]/admin/members/actions";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/authz/roles";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";

export function AddMemberForm({ workspaceId }: { workspaceId: string }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("marketer");
  const { execute, result, isPending, hasSucceeded } = useAction(addMemberAction, {
    onSuccess: () => {
      setEmail("");
      router.refresh();
    },
  });
  const fieldErrors = result.validationErrors?.fieldErrors;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    execute({ workspaceId, email, role });
  }

  return (
    <section aria-labelledby="add-member-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="add-member-heading" className="text-lg font-medium">
        Add a member
      </h2>
      <form onSubmit={submit} className="mt-3 grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end" noValidate>
        <Field id="member-email" label="Email" error={fieldErrors?.email?.[0]}>
          <TextInput
            id="member-email"
            type="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={fieldErrors?.email?.[0]}
            required
          />
        </Field>
        <Field id="member-role" label="Role" error={fieldErrors?.role?.[0]}>
          <Select id="member-role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {ROLE_LABELS[option]}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Adding…" : "Add member"}
        </Button>
      </form>
      <div className="mt-3" aria-live="polite">
        {result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}
        {hasSucceeded && result.data ? (
          <Alert tone="success">
            Added {result.data.email} as {ROLE_LABELS[result.data.role]}.
            {result.data.initialPassword ? (
              <>
                {" "}
                A new account was created. Its one-time password, shown only now:{" "}
                <code data-testid="initial-password" className="font-mono font-semibold">
                  {result.data.initialPassword}
                </code>
              </>
            ) : null}
          </Alert>
        ) : null}
      </div>
    </section>
  );
}
