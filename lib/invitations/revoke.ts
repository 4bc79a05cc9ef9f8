import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { invitations } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { closedInvitationError } from "./issue";

/** Revokes an open invitation: its link stops working at once. Accepted ones stay (remove the member instead). */
export async function revokeInvitation(db: Database, options: { workspaceId: string; invitationId: string }) {
  const [row] = await db
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(invitations.id, options.invitationId),
        eq(invitations.workspaceId, options.workspaceId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning({ id: invitations.id, email: invitations.email, role: invitations.role });
  if (!row) throw await closedInvitationError(db, options);
  return row;
}
