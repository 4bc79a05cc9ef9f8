import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { getJobStatus } from "@/lib/jobs/job-status";
import { INGEST_JOB_TYPE } from "@/lib/knowledge/ingest/ingest-types";

/**
 * The only jobs the API starts: ingestion of an uploaded source and of a feed import (both
 * `knowledge.ingest`). Other jobs of the workspace are not the caller's business: 404.
 */
const API_JOB_TYPES = [INGEST_JOB_TYPE] as const;

/** Progress of a background job the API started (source ingestion, feed import). */
export const GET = defineApiRoute({
  name: "api.jobs.get",
  method: "GET",
  path: "/api/v1/jobs/{id}",
  tag: "Jobs",
  summary: "Get a background job's status",
  description: "Only jobs the API starts (source ingestion, feed import); any other job id answers 404.",
  permission: "knowledge:read",
  params: z.object({ id: z.string().min(1).max(64) }),
  input: z.object({}),
  output: z.object({
    id: z.string(),
    type: z.string(),
    status: z.enum(["queued", "running", "succeeded", "failed"]),
    attempts: z.number().int(),
    progress: z.object({ done: z.number().int(), total: z.number().int() }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
  }),
  async handler({ params, ctx }) {
    const job = await getJobStatus(ctx.db, { workspaceId: ctx.membership.workspaceId, jobId: params.id, types: API_JOB_TYPES });
    ctx.audit.target("job", job.id);
    return {
      id: job.id,
      type: job.type,
      status: job.status,
      attempts: job.attempts,
      progress: { done: job.progressDone, total: job.progressTotal },
      createdAt: job.createdAt.toISOString(),
      updatedAt: job.updatedAt.toISOString(),
      finishedAt: job.finishedAt?.toISOString() ?? null,
    };
  },
});
