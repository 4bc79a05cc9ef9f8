"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { revokeOwnTokenAction } from "@/app/(account)/account/api-token-actions";
import { revokeTokenAction } from "@/app/(app)/[workspace]/admin/api-tokens/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { HeaderCell, RowHeader, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";

export type TokenRow = {
  id: string;
  workspaceId: string;
  kind: "personal" | "service";
  name: string;
  prefix: string;
  /** Who it acts as (personal) or who owns it (service), and with which role. */
  holder: string;
  scopes: string[] | null;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  lastUsedIp: string | null;
  revokedAt: string | null;
};


/** Tokens with their last use; `admin` revokes any token of the workspace, `personal` only the member's own. */
export function TokensTable({ rows, mode, caption }: { rows: TokenRow[]; mode: "admin" | "personal"; caption: string }) {
  const router = useRouter();
  const t = useTranslations("apiTokens.table");
  const tCommon = useTranslations("common");
  const format = useFormatter();
  const errorText = useActionErrorText();
  const time = (iso: string) => tCommon("timeZoneSuffix", { time: format.dateTime(new Date(iso), "dateTime") });
  const status = (row: TokenRow) => {
    if (row.revokedAt) return t("status.revoked", { time: time(row.revokedAt) });
    if (new Date(row.expiresAt) <= new Date()) return t("status.expired", { time: time(row.expiresAt) });
    return t("status.active", { time: time(row.expiresAt) });
  };
  const [confirming, setConfirming] = useState<string | null>(null);
  const revokeAny = useAction(revokeTokenAction, { onSuccess: () => router.refresh() });
  const revokeOwn = useAction(revokeOwnTokenAction, { onSuccess: () => router.refresh() });
  const revoke = mode === "admin" ? revokeAny : revokeOwn;
  const error = errorText(revoke.result);

  if (rows.length === 0) return <p className="text-sm text-slate-700">{t("empty")}</p>;
  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <Table caption={caption}>
          <TableHead>
            <HeaderCell>{t("columns.name")}</HeaderCell>
            <HeaderCell>{t("columns.token")}</HeaderCell>
            <HeaderCell>{t("columns.actsAs")}</HeaderCell>
            <HeaderCell>{t("columns.permissions")}</HeaderCell>
            <HeaderCell>{t("columns.status")}</HeaderCell>
            <HeaderCell>{t("columns.lastUsed")}</HeaderCell>
            <HeaderCell>
              <span className="sr-only">{t("columns.actions")}</span>
            </HeaderCell>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id} data-testid={`token-row-${row.prefix}`}>
                <RowHeader>{row.name}</RowHeader>
                <TableCell>
                  <code className="font-mono text-xs">{`bp_${row.prefix}_…`}</code>
                </TableCell>
                <TableCell>{row.holder}</TableCell>
                <TableCell className="text-xs">{row.scopes ? row.scopes.join(", ") : t("allOfRole")}</TableCell>
                <TableCell>{status(row)}</TableCell>
                <TableCell>{row.lastUsedAt ? (row.lastUsedIp ? t("lastUsedFrom", { time: time(row.lastUsedAt), ip: row.lastUsedIp }) : time(row.lastUsedAt)) : t("never")}</TableCell>
                <TableCell>
                  {row.revokedAt ? null : confirming === row.id ? (
                    <span className="flex gap-2">
                      <Button
                        type="button"
                        variant="danger"
                        disabled={revoke.isExecuting}
                        onClick={() => revoke.execute({ workspaceId: row.workspaceId, tokenId: row.id })}
                      >
                        {t("revokeNow")}
                      </Button>
                      <Button type="button" variant="secondary" onClick={() => setConfirming(null)}>
                        {t("keep")}
                      </Button>
                    </span>
                  ) : (
                    <Button type="button" variant="danger" onClick={() => setConfirming(row.id)} aria-label={t("revokeLabel", { name: row.name })}>
                      {t("revoke")}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
