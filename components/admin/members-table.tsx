"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { changeMemberRoleAction, removeMemberAction } from "@/app/(app)/[workspace]/admin/members/actions";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/authz/roles";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeActionError } from "@/components/ui/action-error";
import { IssueResetLinkButton } from "./issue-reset-link-button";

export type MemberRow = { userId: string; email: string; name: string; role: Role };

export function MembersTable({
  workspaceId,
  currentUserId,
  members,
}: {
  workspaceId: string;
  currentUserId: string;
  members: MemberRow[];
}) {
  const router = useRouter();
  const changeRole = useAction(changeMemberRoleAction, { onSuccess: () => router.refresh() });
  const remove = useAction(removeMemberAction, { onSuccess: () => router.refresh() });
  const error = describeActionError(changeRole.result) ?? describeActionError(remove.result);

  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading" className="mb-3 text-lg font-medium">
        {members.length} {members.length === 1 ? "member" : "members"}
      </h2>
      <div aria-live="polite" className="mb-3">
        {error ? <Alert tone="error">{error}</Alert> : null}
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">Person</th>
              <th scope="col" className="px-4 py-2 font-medium">Role</th>
              <th scope="col" className="px-4 py-2 font-medium"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.userId} className="border-t border-slate-100" data-testid={`member-${member.email}`}>
                <td className="px-4 py-2">
                  <div className="font-medium">{member.name}</div>
                  <div className="text-slate-600">{member.email}</div>
                </td>
                <td className="px-4 py-2">
                  <label className="sr-only" htmlFor={`role-${member.userId}`}>
                    Role of {member.email}
                  </label>
                  <select
                    id={`role-${member.userId}`}
                    value={member.role}
                    disabled={changeRole.isPending}
                    onChange={(event) =>
                      changeRole.execute({ workspaceId, userId: member.userId, role: event.target.value as Role })
                    }
                    className="min-h-10 rounded-md border border-slate-300 bg-white px-2"
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {ROLE_LABELS[role]}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="px-4 py-2 text-right">
                  {member.userId === currentUserId ? (
                    <span className="text-slate-500">You</span>
                  ) : (
                    <div className="flex flex-wrap items-start justify-end gap-2">
                    <IssueResetLinkButton workspaceId={workspaceId} userId={member.userId} email={member.email} />
                    <Button
                      variant="danger"
                      disabled={remove.isPending}
                      aria-label={`Remove ${member.email}`}
                      onClick={() => {
                        if (window.confirm(`Remove ${member.email} from this workspace? They lose access at once.`)) {
                          remove.execute({ workspaceId, userId: member.userId });
                        }
                      }}
                    >
                      Remove
                    </Button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
