"use server";

import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { retentionPeriodsSchema } from "@/lib/data-protection/retention/periods";
import { requestPurgeNow } from "@/lib/data-protection/retention/purge-now";
import { saveRetentionPeriods } from "@/lib/data-protection/retention/settings";
import { wakeWorkerAfterResponse } from "@/lib/jobs/wake-worker";

/** The workspace's retention periods (null = default); the audit entry keeps every old and new value. */
export const updateRetentionPeriodsAction = defineAction({
  name: "retention.update_periods",
  permission: "data_protection:manage",
  mutates: true,
  input: workspaceScopedInput.extend({ periods: retentionPeriodsSchema }),
  async handler({ input, ctx }) {
    const { changes } = await saveRetentionPeriods(ctx.db, { workspaceId: input.workspaceId, userId: ctx.actor.id, periods: input.periods });
    ctx.audit.target("workspace", input.workspaceId);
    ctx.audit.detail({ changes });
    return { changed: Object.keys(changes) };
  },
});

/** Queues this workspace's purge now instead of at the next daily run. */
export const purgeNowAction = defineAction({
  name: "retention.purge_now",
  permission: "data_protection:manage",
  mutates: true,
  input: workspaceScopedInput,
  async handler({ input, ctx }) {
    const queued = await requestPurgeNow(ctx.db, { workspaceId: input.workspaceId, userId: ctx.actor.id });
    ctx.audit.target("workspace", input.workspaceId);
    ctx.audit.detail({ jobId: queued.jobId, alreadyQueued: queued.alreadyQueued });
    wakeWorkerAfterResponse();
    return queued;
  },
});
