"use client";

import { useReducer } from "react";
import { nextInvitationNotice } from "./invitation-notice-state";
import { InvitationsTable, type InvitationRow } from "./invitations-table";
import { InviteMemberForm } from "./invite-member-form";

/** The invite form and the open invitations share one notice: only the newest is shown. */
export function InvitationsManager({ workspaceId, invitations }: { workspaceId: string; invitations: InvitationRow[] }) {
  const [notice, dispatch] = useReducer(nextInvitationNotice, null);
  return (
    <>
      <InviteMemberForm workspaceId={workspaceId} notice={notice} onNotice={dispatch} />
      <InvitationsTable workspaceId={workspaceId} invitations={invitations} notice={notice} onNotice={dispatch} />
    </>
  );
}
