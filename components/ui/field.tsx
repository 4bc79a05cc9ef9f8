import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

const CONTROL = "mt-1 block w-full min-h-10 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-500";

/** A labelled control with its error announced to screen readers through aria-describedby. */
export function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextInput({ error, "aria-describedby": describedBy, ...props }: InputHTMLAttributes<HTMLInputElement> & { error?: string }) {
  // The error and any hint the caller names (password rules, say) are both announced.
  const describedByIds = [error ? `${props.id}-error` : null, describedBy].filter(Boolean).join(" ");
  return <input className={CONTROL} aria-invalid={error ? true : undefined} aria-describedby={describedByIds || undefined} {...props} />;
}

export function Select({ error, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { error?: string }) {
  return (
    <select
      className={CONTROL}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${props.id}-error` : undefined}
      {...props}
    />
  );
}
