import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { jobs } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";

/**
 * A background job's progress, for a caller that started it (ingestion of an uploaded source, a
 * feed import). Scoped to the workspace: another workspace's job id answers not_found. The error
 * text stays internal (it can quote file contents or stack details); a failed job says so only.
 * `types`: the job types this caller may see; any other job (webhook deliveries, KPI imports,
 * deletions, …) answers not_found like a missing one.
 */
export async function getJobStatus(db: Database, options: { workspaceId: string; jobId: string; types: readonly string[] }) {
  const [job] = await db
    .select({
      id: jobs.id,
      type: jobs.type,
      status: jobs.status,
      attempts: jobs.attempts,
      progressDone: jobs.progressDone,
      progressTotal: jobs.progressTotal,
      createdAt: jobs.createdAt,
      updatedAt: jobs.updatedAt,
      finishedAt: jobs.finishedAt,
    })
    .from(jobs)
    .where(and(eq(jobs.workspaceId, options.workspaceId), eq(jobs.id, options.jobId), inArray(jobs.type, [...options.types])))
    .limit(1);
  if (!job) throw new AppError("not_found", { key: "jobs.jobNotFound" });
  return job;
}
