/** What a new password must pass (lib/auth/password-policy.ts), said before anyone types. */
export function PasswordRules({ id, minLength }: { id: string; minLength: number }) {
  return (
    <ul id={id} className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-600">
      <li>At least {minLength} characters; a phrase of several unrelated words works well.</li>
      <li>Not easy to guess: common passwords, names, keyboard patterns and your own email are refused.</li>
    </ul>
  );
}
