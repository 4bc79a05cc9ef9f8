"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { useRightsReasonText } from "@/components/assets/use-rights-reason-text";
import { Button } from "@/components/ui/button";
import { QUEUE_SHORTCUTS, type QueueCommand } from "./queue-keys";
import { blockedReason } from "./queue-rights";
import type { QueueRow } from "./queue-table";
import { Kbd } from "./shortcut-hints";

const BUTTONS: { command: "open" | "approve" | "request_changes" | "edit"; variant: "primary" | "secondary" }[] = [
  { command: "open", variant: "secondary" },
  { command: "approve", variant: "primary" },
  { command: "request_changes", variant: "secondary" },
  { command: "edit", variant: "secondary" },
];

const SHORT_KEY: Partial<Record<QueueCommand, string>> = { open: "o", approve: "a", request_changes: "r", edit: "e" };

/**
 * The same commands as the shortcuts, as buttons, for the selected row; each shows its key.
 * A command this viewer may not use on the row (four eyes, state) is disabled, never primary,
 * and its reason is written under the buttons.
 */
export function QueueToolbar({ row, pending, onCommand }: { row: QueueRow; pending: boolean; onCommand(command: QueueCommand): void }) {
  const reasonId = useId();
  const t = useTranslations("review.toolbar");
  const reasonText = useRightsReasonText();
  const blocked = BUTTONS.flatMap((button) => {
    const reason = blockedReason(row.blocks, button.command);
    return reason ? [{ command: button.command, reason: reasonText(reason) }] : [];
  });
  return (
    <div role="group" aria-label={t("label")} className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 bg-white px-3 py-2">
      <p className="mr-2 min-w-0 text-sm text-slate-700">
        {t.rich("selected", { title: row.title, strong: (chunks) => <span className="font-medium text-slate-900">{chunks}</span> })}
      </p>
      {BUTTONS.map((button) => {
        const isBlocked = blocked.some((entry) => entry.command === button.command);
        return (
          <Button
            key={button.command}
            type="button"
            variant={isBlocked ? "secondary" : button.variant}
            aria-keyshortcuts={QUEUE_SHORTCUTS.find((s) => s.command === button.command)?.ariaKeys}
            disabled={isBlocked}
            aria-disabled={(!isBlocked && pending) || undefined}
            aria-describedby={isBlocked ? `${reasonId}-${button.command}` : undefined}
            onClick={() => onCommand(button.command)}
            className="gap-2 aria-disabled:opacity-60"
          >
            {t(`commands.${button.command}`)} <Kbd>{SHORT_KEY[button.command] ?? ""}</Kbd>
          </Button>
        );
      })}
      {blocked.length > 0 ? (
        <ul className="w-full space-y-0.5 text-sm font-medium text-amber-900" data-testid="queue-unavailable-reasons">
          {blocked.map(({ command, reason }) => (
            <li key={command} id={`${reasonId}-${command}`}>
              {reason}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
