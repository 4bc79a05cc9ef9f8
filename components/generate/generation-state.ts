import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { GenerationEvent } from "@/lib/assets/generate/stream-events";
import type { DisplayableError } from "@/lib/errors";
import type { ResultEvent } from "./parse-event";

/**
 * The sentences the reducer writes into state, in the member's language (built from the `generate.status`
 * messages by useGenerationText). Passed in rather than imported so the reducer stays a pure function.
 */
export type GenerationText = {
  sending: string;
  writing(kind: AssetKind): string;
  ready(kind: AssetKind, counts: { errors: number; warnings: number }): string;
  failed(kind: AssetKind, error: DisplayableError): string;
  finished(ready: number, total: number): string;
  /** The request as a whole, and each run still writing, when the body stops without "done". */
  connectionEnded: string;
  runCutOff: string;
  /** The member pressed Stop. */
  stopped: string;
  runStopped: string;
  /** fetch itself failed (offline, DNS, reset). */
  networkFailed: string;
};

export type AssetKindRun =
  | { kind: AssetKind; status: "writing"; partial: unknown }
  | { kind: AssetKind; status: "ready"; result: ResultEvent }
  // `isLocal`: the client ended the run (stop, cut-off) and wrote `error.message` in the member's language itself.
  | { kind: AssetKind; status: "failed"; error: DisplayableError; partial: unknown; isLocal?: true };

export type GenerationStatus = "idle" | "streaming" | "done" | "failed";

export type GenerationState = {
  status: GenerationStatus;
  /** Bumped per request so the cards of a new run mount fresh instead of inheriting edits. */
  runId: number;
  /** In the order the server started them. */
  runs: AssetKindRun[];
  /** Why the request as a whole failed (refused, network, cut off); errors of one asset kind live on its run. */
  error: string | null;
  /**
   * Status lines for the live region, oldest first; appended, never rewritten, so none is lost.
   * Request failures are not repeated here: they show in an alert that announces itself.
   */
  messages: string[];
};

export type GenerationAction =
  | { type: "request" }
  | { type: "event"; event: GenerationEvent }
  | { type: "request-failed"; message: string }
  | { type: "stream-ended" }
  | { type: "stopped" };

export const INITIAL_GENERATION_STATE: GenerationState = { status: "idle", runId: 0, runs: [], error: null, messages: [] };

export function generationReducer(state: GenerationState, action: GenerationAction, text: GenerationText): GenerationState {
  switch (action.type) {
    case "request":
      return { status: "streaming", runId: state.runId + 1, runs: [], error: null, messages: [text.sending] };
    case "event":
      return applyEvent(state, action.event, text);
    case "request-failed":
      return { ...failOpenRuns(state, action.message), status: "failed", error: action.message };
    case "stream-ended":
      // A clean run ends with "done"; a body that simply stops means the connection dropped.
      if (state.status !== "streaming") return state;
      return reduceFailure(state, text.connectionEnded, text.runCutOff);
    case "stopped":
      if (state.status !== "streaming") return state;
      return reduceFailure(state, text.stopped, text.runStopped);
  }
}

function reduceFailure(state: GenerationState, message: string, runMessage: string): GenerationState {
  return { ...failOpenRuns(state, runMessage), status: "failed", error: message };
}

function failOpenRuns(state: GenerationState, message: string): GenerationState {
  return {
    ...state,
    runs: state.runs.map((run) =>
      run.status === "writing" ? { kind: run.kind, status: "failed", error: { code: "unavailable", message }, partial: run.partial, isLocal: true } : run,
    ),
  };
}

function applyEvent(state: GenerationState, event: GenerationEvent, text: GenerationText): GenerationState {
  if (state.status !== "streaming") return state;
  switch (event.type) {
    case "start":
      return {
        ...state,
        runs: [...state.runs.filter((run) => run.kind !== event.kind), { kind: event.kind, status: "writing", partial: null }],
        messages: [...state.messages, text.writing(event.kind)],
      };
    case "partial":
      // Partials are not announced: a screen reader reading every 50 ms update is noise.
      return updateRun(state, event.kind, (run) => (run.status === "writing" ? { ...run, partial: event.content } : run));
    case "result":
      return {
        ...updateRun(state, event.kind, () => ({ kind: event.kind, status: "ready", result: event })),
        messages: [...state.messages, text.ready(event.kind, event.validation.counts)],
      };
    case "error":
      return {
        ...updateRun(state, event.kind, (run) => ({
          kind: event.kind,
          status: "failed",
          error: event.error,
          partial: run.status === "writing" ? run.partial : null,
        })),
        messages: [...state.messages, text.failed(event.kind, event.error)],
      };
    case "done": {
      const ready = state.runs.filter((run) => run.status === "ready").length;
      return { ...state, status: "done", messages: [...state.messages, text.finished(ready, state.runs.length)] };
    }
  }
}

/** Applies `update` to the run of `kind`, adding it first if its start event was missed. */
function updateRun(state: GenerationState, kind: AssetKind, update: (run: AssetKindRun) => AssetKindRun): GenerationState {
  const exists = state.runs.some((run) => run.kind === kind);
  const runs: AssetKindRun[] = exists ? state.runs : [...state.runs, { kind, status: "writing", partial: null }];
  return { ...state, runs: runs.map((run) => (run.kind === kind ? update(run) : run)) };
}
