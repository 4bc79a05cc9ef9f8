"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { revokeOwnTokenAction } from "@/app/(account)/account/api-token-actions";
import { revokeTokenAction } from "@/app/(app)/[workspace]/admin/api-tokens/actions";
import { formatDateTime } from "@/components/assets/format-time";
import { describeActionError } from "@/components/ui/action-error";
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

function status(row: TokenRow): string {
  if (row.revokedAt) return `Revoked ${formatDateTime(row.revokedAt)}`;
  if (new Date(row.expiresAt) <= new Date()) return `Expired ${formatDateTime(row.expiresAt)}`;
  return `Active until ${formatDateTime(row.expiresAt)}`;
}

/** Tokens with their last use; `admin` revokes any token of the workspace, `personal` only the member's own. */
export function TokensTable({ rows, mode, caption }: { rows: TokenRow[]; mode: "admin" | "personal"; caption: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState<string | null>(null);
  const revokeAny = useAction(revokeTokenAction, { onSuccess: () => router.refresh() });
  const revokeOwn = useAction(revokeOwnTokenAction, { onSuccess: () => router.refresh() });
  const revoke = mode === "admin" ? revokeAny : revokeOwn;
  const error = describeActionError(revoke.result);

  if (rows.length === 0) return <p className="text-sm text-slate-700">No tokens yet.</p>;
  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <Table caption={caption}>
          <TableHead>
            <HeaderCell>Name</HeaderCell>
            <HeaderCell>Token</HeaderCell>
            <HeaderCell>Acts as</HeaderCell>
            <HeaderCell>Permissions</HeaderCell>
            <HeaderCell>Status</HeaderCell>
            <HeaderCell>Last used</HeaderCell>
            <HeaderCell>
              <span className="sr-only">Actions</span>
            </HeaderCell>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id} data-testid={`token-row-${row.prefix}`}>
                <RowHeader>{row.name}</RowHeader>
                <TableCell>
                  <code className="font-mono text-xs">bp_{row.prefix}_…</code>
                </TableCell>
                <TableCell>{row.holder}</TableCell>
                <TableCell className="text-xs">{row.scopes ? row.scopes.join(", ") : "all of the role's"}</TableCell>
                <TableCell>{status(row)}</TableCell>
                <TableCell>{row.lastUsedAt ? `${formatDateTime(row.lastUsedAt)}${row.lastUsedIp ? ` from ${row.lastUsedIp}` : ""}` : "never"}</TableCell>
                <TableCell>
                  {row.revokedAt ? null : confirming === row.id ? (
                    <span className="flex gap-2">
                      <Button
                        type="button"
                        variant="danger"
                        disabled={revoke.isExecuting}
                        onClick={() => revoke.execute({ workspaceId: row.workspaceId, tokenId: row.id })}
                      >
                        Revoke now
                      </Button>
                      <Button type="button" variant="secondary" onClick={() => setConfirming(null)}>
                        Keep
                      </Button>
                    </span>
                  ) : (
                    <Button type="button" variant="danger" onClick={() => setConfirming(row.id)} aria-label={`Revoke token ${row.name}`}>
                      Revoke
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
