import "server-only";
import { after } from "next/server";
import { kickBackgroundWorker } from "./background-worker";

/** Wakes the in-process worker once the response is sent, so queued work starts at once. */
export function wakeWorkerAfterResponse() {
  try {
    after(() => kickBackgroundWorker());
  } catch {
    // Outside a request (scripts, tests): the poller or the caller runs the queue.
  }
}
