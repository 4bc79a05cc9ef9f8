import type { SyncChange } from "@/lib/db/schema/knowledge-connectors";

const MAX_REPORTED_CHANGES = 500;

/** Counts and the per-URL list of what one sync changed (the list capped; counts never are). */
export class SyncReport {
  added = 0;
  changed = 0;
  unchanged = 0;
  removed = 0;
  failed = 0;
  /** Not stored as a count (the history has no column for it): the per-URL list shows them. */
  skipped = 0;
  readonly changes: SyncChange[] = [];

  record(change: SyncChange) {
    this[change.change]++;
    if (this.changes.length < MAX_REPORTED_CHANGES) this.changes.push(change);
  }

  counts() {
    return { added: this.added, changed: this.changed, unchanged: this.unchanged, removed: this.removed, failed: this.failed };
  }
}
