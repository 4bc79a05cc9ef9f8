import "server-only";
import type { Job } from "@/lib/db/schema/jobs";
import type { Database } from "@/lib/db/types";
import { renewJobLease } from "./queue";

/** Renews at most this often: a batch loop may run thousands of statements a minute. */
const MIN_RENEW_INTERVAL_MS = 10_000;

export type LeaseKeeper = {
  /** Starts a lease renewal unless one ran recently; never waits for it (see below). */
  touch(): void;
  /** Waits for the renewal in flight, if any (before the job is completed or failed). */
  settle(): Promise<void>;
};

/**
 * Keeps a long job's lease alive from inside its batch loops. `touch()` does not await the
 * update on purpose: callers may be inside a transaction, and on PGlite (one connection) a query
 * outside the transaction waits for it to end, so awaiting there would deadlock. There the
 * renewal runs when the transaction commits, and nothing else can claim the job meanwhile
 * either, since the claim waits on the same connection. On PostgreSQL it runs on another pooled
 * connection at once.
 */
export function createLeaseKeeper(db: Database, job: Job, now: () => number = Date.now): LeaseKeeper {
  let inFlight: Promise<void> | null = null;
  let lastStarted = Number.NEGATIVE_INFINITY;
  return {
    touch() {
      if (inFlight || now() - lastStarted < MIN_RENEW_INTERVAL_MS) return;
      lastStarted = now();
      inFlight = renewJobLease(db, { job })
        .catch((error) => console.error(`[jobs] could not renew the lease of ${job.type} ${job.id}:`, error))
        .finally(() => {
          inFlight = null;
        });
    },
    async settle() {
      await inFlight;
    },
  };
}
