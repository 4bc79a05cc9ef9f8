/** Where an invitation stands, as its accept page and the members page show it. */
export type InvitationState = "valid" | "expired" | "revoked" | "accepted";

export function invitationState(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date = new Date(),
): InvitationState {
  // Accepted and revoked are final and win over expiry: they say what happened, not just that time passed.
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt.getTime() > now.getTime() ? "valid" : "expired";
}
