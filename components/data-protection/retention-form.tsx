"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { updateRetentionPeriodsAction } from "@/app/(app)/[workspace]/admin/data-protection/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { RETENTION_KIND_NAMES, type RetentionKind } from "@/lib/data-protection/retention/periods";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";
import { HeaderCell, RowHeader, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";

export type RetentionKindView = {
  kind: string;
  label: string;
  description: string;
  defaultDays: number;
  minDays: number;
  maxDays: number;
  /** The admin's choice; null = the default. */
  chosen: number | null;
};

/** One row per record kind: an empty field means the documented default. */
export function RetentionForm({ workspaceId, kinds }: { workspaceId: string; kinds: RetentionKindView[] }) {
  const router = useRouter();
  const t = useTranslations("dataProtection.retention");
  const errorText = useActionErrorText();
  const isKnownKind = (kind: string): kind is RetentionKind => (RETENTION_KIND_NAMES as string[]).includes(kind);
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(kinds.map((k) => [k.kind, k.chosen === null ? "" : String(k.chosen)])));
  const save = useAction(updateRetentionPeriodsAction, { onSuccess: () => router.refresh() });
  const error = errorText(save.result);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const periods = Object.fromEntries(kinds.map((k) => [k.kind, values[k.kind]?.trim() ? Number(values[k.kind]) : null]));
    save.execute({ workspaceId, periods: periods as Parameters<typeof save.execute>[0]["periods"] });
  }

  return (
    <section aria-labelledby="retention-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="retention-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("description")}</p>
      <form onSubmit={submit} className="mt-3" noValidate>
        <Table caption={t("caption")}>
          <TableHead>
            <HeaderCell>{t("columns.record")}</HeaderCell>
            <HeaderCell>{t("columns.keepFor")}</HeaderCell>
            <HeaderCell className="text-right">{t("columns.default")}</HeaderCell>
            <HeaderCell className="text-right">{t("columns.allowed")}</HeaderCell>
          </TableHead>
          <TableBody>
            {kinds.map((k) => (
              <TableRow key={k.kind}>
                <RowHeader>
                  <label htmlFor={`retention-${k.kind}`} className="font-medium">
                    {isKnownKind(k.kind) ? t(`kinds.${k.kind}.label`) : k.label}
                  </label>
                  <p id={`retention-${k.kind}-help`} className="text-xs text-slate-600">
                    {isKnownKind(k.kind) ? t(`kinds.${k.kind}.description`) : k.description}
                  </p>
                </RowHeader>
                <TableCell>
                  <TextInput
                    id={`retention-${k.kind}`}
                    inputMode="numeric"
                    placeholder={String(k.defaultDays)}
                    aria-describedby={`retention-${k.kind}-help`}
                    value={values[k.kind] ?? ""}
                    onChange={(e) => setValues((current) => ({ ...current, [k.kind]: e.target.value }))}
                  />
                </TableCell>
                <TableCell numeric>{k.defaultDays}</TableCell>
                <TableCell numeric>
                  {k.minDays}–{k.maxDays}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Button type="submit" className="mt-3" disabled={save.isPending}>
          {t("save")}
        </Button>
      </form>
      <div aria-live="polite">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {save.result.data ? <Alert tone="success">{t("saved")}</Alert> : null}
      </div>
    </section>
  );
}
