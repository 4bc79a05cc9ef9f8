"use client";

import Link from "next/link";
import type { RefObject } from "react";
import { useTranslations } from "next-intl";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import { ValidityBadge } from "@/components/assets/state-badge";
import { ComplianceBadge } from "@/components/assets/compliance-badge";
import type { ComplianceReport } from "@/lib/assets/compliance/types";
import type { QueueRowBlocks } from "./queue-rights";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";

export type QueueRow = {
  id: string;
  title: string;
  kind: AssetKind;
  authorName: string;
  productTitle: string | null;
  language: "de" | "en";
  isValid: boolean;
  errors: number;
  warnings: number;
  reviewRounds: number;
  /** The version in review; decisions name it so they never cover a newer one unseen. */
  currentVersion: number;
  openComments: number;
  /** The version's compliance score and failing rules; null for versions saved before scores existed. */
  compliance: ComplianceReport | null;
  /** Below the workspace's minimum score to approve: approving asks for an override reason. */
  belowMinimum: { score: number; minimum: number } | null;
  /** "waiting 3 h", computed on the server (in the viewer's language) so server and browser render the same text. */
  waiting: string;
  submittedAt: string;
  /** Four eyes: the viewer wrote or last edited this asset, so someone else must decide. */
  viewerRelation: "created" | "lastEdited" | null;
  /** Commands this viewer may not use on this row, each with the reason shown next to the disabled button. */
  blocks: QueueRowBlocks;
};

const CELL = "align-top";

/** The queue as a table; the selected row is marked in words too, and its title link holds focus. */
export function QueueTable({
  rows,
  selected,
  assetHref,
  linkRefs,
  onSelect,
}: {
  rows: QueueRow[];
  selected: number;
  assetHref(row: QueueRow): string;
  linkRefs: RefObject<Map<string, HTMLAnchorElement>>;
  onSelect(index: number): void;
}) {
  const t = useTranslations("review.table");
  const tKind = useTranslations("assets.kinds");
  const tLanguage = useTranslations("assets.languages");
  const headings = [t("waiting"), t("asset"), t("channel"), t("author"), t("product"), t("language"), t("validation"), t("compliance"), t("round"), t("openComments")];
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label={t("region")} tabIndex={0}>
      <Table caption={t("caption")}>
        <TableHead>
            {headings.map((heading) => (
              <HeaderCell key={heading}>
                {heading}
              </HeaderCell>
            ))}
        </TableHead>
        <TableBody>
          {rows.map((row, index) => {
            const isSelected = index === selected;
            return (
              <TableRow
                key={row.id}
                data-testid={`queue-row-${row.id}`}
                data-selected={isSelected || undefined}
                onClick={() => onSelect(index)}
                className={`${isSelected ? "bg-brand-50 outline-2 -outline-offset-2 outline-brand-600" : "hover:bg-slate-50"}`}
              >
                <TableCell className={`${CELL} whitespace-nowrap text-slate-700`} title={t("submittedAt", { time: row.submittedAt })}>
                  {row.waiting}
                </TableCell>
                <TableCell className={CELL}>
                  <Link
                    href={assetHref(row)}
                    ref={(element) => {
                      if (element) linkRefs.current.set(row.id, element);
                      else linkRefs.current.delete(row.id);
                    }}
                    onFocus={() => onSelect(index)}
                    aria-current={isSelected ? "true" : undefined}
                    className="font-medium text-brand-700 underline"
                  >
                    {row.title}
                  </Link>
                  {isSelected ? <span className="ml-1 text-xs font-medium text-brand-900">{t("selected")}</span> : null}
                  {row.viewerRelation ? (
                    <span className="block text-xs text-amber-800">{t("fourEyes", { relation: row.viewerRelation })}</span>
                  ) : null}
                </TableCell>
                <TableCell className={CELL}>{tKind(row.kind)}</TableCell>
                <TableCell className={CELL}>{row.authorName}</TableCell>
                <TableCell className={CELL}>{row.productTitle ?? "—"}</TableCell>
                <TableCell className={CELL}>{tLanguage(row.language)}</TableCell>
                <TableCell className={CELL}>
                  <ValidityBadge isValid={row.isValid} errors={row.errors} warnings={row.warnings} />
                </TableCell>
                <TableCell className={CELL}>
                  <ComplianceBadge compliance={row.compliance} />
                </TableCell>
                <TableCell className={`${CELL} tabular-nums`}>{row.reviewRounds}</TableCell>
                <TableCell className={`${CELL} tabular-nums`}>
                  {row.openComments > 0 ? <span className="font-medium text-amber-900">{t("openCount", { count: row.openComments })}</span> : <span className="text-slate-600">{t("noComments")}</span>}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
