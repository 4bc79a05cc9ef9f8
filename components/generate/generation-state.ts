import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { GenerationEvent } from "@/lib/assets/generate/stream-events";
import type { PublicError } from "@/lib/errors";
import { CHANNEL_LABELS } from "./channels";
import { formatIssueCounts } from "./issue-paths";
import type { ResultEvent } from "./parse-event";

export type ChannelRun =
  | { kind: AssetKind; status: "writing"; partial: unknown }
  | { kind: AssetKind; status: "ready"; result: ResultEvent }
  | { kind: AssetKind; status: "failed"; error: PublicError; partial: unknown };

export type GenerationStatus = "idle" | "streaming" | "done" | "failed";

export type GenerationState = {
  status: GenerationStatus;
  /** Bumped per request so the cards of a new run mount fresh instead of inheriting edits. */
  runId: number;
  /** In the order the server started them. */
  channels: ChannelRun[];
  /** Why the request as a whole failed (refused, network, cut off); channel errors live on the channel. */
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

export const INITIAL_GENERATION_STATE: GenerationState = { status: "idle", runId: 0, channels: [], error: null, messages: [] };

const CUT_OFF = "The connection closed before this channel finished.";

export function generationReducer(state: GenerationState, action: GenerationAction): GenerationState {
  switch (action.type) {
    case "request":
      return { status: "streaming", runId: state.runId + 1, channels: [], error: null, messages: ["Sending the brief…"] };
    case "event":
      return applyEvent(state, action.event);
    case "request-failed":
      return { ...failOpenChannels(state, action.message), status: "failed", error: action.message };
    case "stream-ended":
      // A clean run ends with "done"; a body that simply stops means the connection dropped.
      if (state.status !== "streaming") return state;
      return reduceFailure(state, "The connection ended before generation finished. Drafts that were already saved are kept.", CUT_OFF);
    case "stopped":
      if (state.status !== "streaming") return state;
      return reduceFailure(state, "Generation stopped. Drafts the server finishes are still saved.", "Stopped before this channel finished.");
  }
}

function reduceFailure(state: GenerationState, message: string, channelMessage: string): GenerationState {
  return { ...failOpenChannels(state, channelMessage), status: "failed", error: message };
}

function failOpenChannels(state: GenerationState, message: string): GenerationState {
  return {
    ...state,
    channels: state.channels.map((channel) =>
      channel.status === "writing" ? { kind: channel.kind, status: "failed", error: { code: "unavailable", message }, partial: channel.partial } : channel,
    ),
  };
}

function applyEvent(state: GenerationState, event: GenerationEvent): GenerationState {
  if (state.status !== "streaming") return state;
  switch (event.type) {
    case "start":
      return {
        ...state,
        channels: [...state.channels.filter((channel) => channel.kind !== event.kind), { kind: event.kind, status: "writing", partial: null }],
        messages: [...state.messages, `Writing ${CHANNEL_LABELS[event.kind]}…`],
      };
    case "partial":
      // Partials are not announced: a screen reader reading every 50 ms update is noise.
      return updateChannel(state, event.kind, (channel) => (channel.status === "writing" ? { ...channel, partial: event.content } : channel));
    case "result":
      return {
        ...updateChannel(state, event.kind, () => ({ kind: event.kind, status: "ready", result: event })),
        messages: [...state.messages, `${CHANNEL_LABELS[event.kind]} ready: ${formatIssueCounts(event.validation.counts)}`],
      };
    case "error":
      return {
        ...updateChannel(state, event.kind, (channel) => ({
          kind: event.kind,
          status: "failed",
          error: event.error,
          partial: channel.status === "writing" ? channel.partial : null,
        })),
        messages: [...state.messages, `${CHANNEL_LABELS[event.kind]} failed: ${event.error.message}`],
      };
    case "done": {
      const ready = state.channels.filter((channel) => channel.status === "ready").length;
      return { ...state, status: "done", messages: [...state.messages, `Generation finished: ${ready} of ${state.channels.length} ready.`] };
    }
  }
}

/** Applies `update` to the channel of `kind`, adding it first if its start event was missed. */
function updateChannel(state: GenerationState, kind: AssetKind, update: (channel: ChannelRun) => ChannelRun): GenerationState {
  const exists = state.channels.some((channel) => channel.kind === kind);
  const channels: ChannelRun[] = exists ? state.channels : [...state.channels, { kind, status: "writing", partial: null }];
  return { ...state, channels: channels.map((channel) => (channel.kind === kind ? update(channel) : channel)) };
}
