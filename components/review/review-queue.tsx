"use client";

import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { commandForKey, moveSelection, type QueueCommand } from "./queue-keys";
import { QueueTable, type QueueRow } from "./queue-table";
import { QueueToolbar } from "./queue-toolbar";
import { ShortcutHints } from "./shortcut-hints";
import { DecisionDialogs, needsOverrideReason, type OpenDialog } from "./decision-dialogs";
import { useReviewDecisions } from "./use-review-decisions";
import { blockedReason } from "./queue-rights";
import { useRightsReasonText } from "@/components/assets/use-rights-reason-text";

/**
 * The review queue: rows longest-waiting first, one selected at a time, keyboard shortcuts and
 * buttons acting on the selected row. Approving an asset whose current version fails validation
 * asks for an override reason first; the server still decides (four eyes, state) and its
 * refusal is shown as it comes.
 */
export function ReviewQueue({ workspaceId, workspacePath, rows }: { workspaceId: string; workspacePath: string; rows: QueueRow[] }) {
  const router = useRouter();
  const [selectedId, setSelectedId] = useState<string | null>(rows[0]?.id ?? null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  // A shortcut for a command the row does not allow says why instead of asking the server.
  const [blockedNotice, setBlockedNotice] = useState<string | null>(null);
  const reasonText = useRightsReasonText();
  const linkRefs = useRef(new Map<string, HTMLAnchorElement>());
  const decisions = useReviewDecisions(workspaceId, {
    describe: (id) => rows.find((row) => row.id === id)?.title ?? "",
    onSuccess: () => setDialog(null),
  });

  // Rows come from the server and change after every decision: keep the selection on the same
  // asset when it is still there, otherwise on the row that took its place.
  const [lastIndex, setLastIndex] = useState(0);
  const foundIndex = rows.findIndex((row) => row.id === selectedId);
  const selected = foundIndex !== -1 ? foundIndex : rows.length === 0 ? -1 : Math.min(lastIndex, rows.length - 1);
  const current = selected === -1 ? null : rows[selected]!;
  if (foundIndex === -1 && current && current.id !== selectedId) setSelectedId(current.id);
  if (selected !== -1 && selected !== lastIndex) setLastIndex(selected);

  const assetHref = (row: QueueRow, edit = false) => `${workspacePath}/assets/${row.id}${edit ? "?edit=1" : ""}`;

  function select(index: number, focus: boolean) {
    const row = rows[index];
    if (!row) return;
    if (row.id !== selectedId) setBlockedNotice(null);
    setSelectedId(row.id);
    if (focus) linkRefs.current.get(row.id)?.focus();
  }

  function run(command: QueueCommand) {
    setBlockedNotice(null);
    if (command === "next" || command === "previous") return select(moveSelection(selected, rows.length, command), true);
    if (!current || decisions.pending) return;
    const reason = blockedReason(current.blocks, command);
    if (reason) return setBlockedNotice(reasonText(reason));
    switch (command) {
      case "open":
        return router.push(assetHref(current));
      case "edit":
        return router.push(assetHref(current, true));
      case "request_changes":
        return setDialog({ kind: "request_changes", row: current });
      case "approve":
        return needsOverrideReason(current) ? setDialog({ kind: "override", row: current }) : decisions.approve(current.id, current.currentVersion);
    }
  }

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (dialog || event.defaultPrevented || event.repeat) return;
    const command = commandForKey({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, target: event.target instanceof HTMLElement ? event.target : null });
    if (!command) return;
    event.preventDefault(); // arrows must not also scroll the page
    run(command);
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);

  const feedback = decisions.feedback;
  return (
    <div className="space-y-3">
      {rows.length > 0 ? <ShortcutHints /> : null}
      <div aria-live="polite" data-testid="queue-feedback">
        {blockedNotice ? <Alert tone="error">{blockedNotice}</Alert> : feedback && !dialog ? <Alert tone={feedback.tone}>{feedback.message}</Alert> : null}
      </div>
      {current ? <QueueToolbar row={current} pending={decisions.pending} onCommand={run} /> : null}
      {rows.length > 0 ? (
        <QueueTable rows={rows} selected={selected} assetHref={(row) => assetHref(row)} linkRefs={linkRefs} onSelect={(index) => select(index, false)} />
      ) : null}
      <DecisionDialogs dialog={dialog} decisions={decisions} onClose={() => setDialog(null)} />
    </div>
  );
}
