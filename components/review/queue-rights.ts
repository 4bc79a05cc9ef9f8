import type { RightsReason, ViewerRights } from "@/components/assets/viewer-rights";
import type { QueueCommand } from "./queue-keys";

/** The queue's decision commands that the server may refuse; moving and opening are always allowed. */
export type QueueDecisionCommand = Extract<QueueCommand, "approve" | "request_changes" | "edit">;

/** Why each command is unavailable for this row; a command not listed may be used. */
export type QueueRowBlocks = Partial<Record<QueueDecisionCommand, RightsReason>>;

/**
 * What the queue's toolbar and shortcuts may do with one row, derived from the asset page's
 * viewerRights so both places refuse the same things with the same sentences (four eyes, state,
 * role). The server checks again; this only keeps a button from promising what it would refuse.
 */
export function queueRowBlocks(rights: Pick<ViewerRights, "actions" | "unavailable" | "canEdit" | "readOnlyReason">): QueueRowBlocks {
  const blocks: QueueRowBlocks = {};
  for (const command of ["approve", "request_changes"] as const) {
    if (rights.actions.includes(command)) continue;
    blocks[command] = rights.unavailable.find((entry) => entry.action === command)?.reason ?? { key: "noLongerWaiting" };
  }
  if (!rights.canEdit) blocks.edit = rights.readOnlyReason ?? { key: "cannotEdit" };
  return blocks;
}

/** The reason a command is blocked for this row, or null when it may run. */
export function blockedReason(blocks: QueueRowBlocks, command: QueueCommand): RightsReason | null {
  return command === "approve" || command === "request_changes" || command === "edit" ? (blocks[command] ?? null) : null;
}
