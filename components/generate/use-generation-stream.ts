"use client";

import { useCallback, useEffect, useReducer, useRef } from "react";
import type { BriefInput } from "@/lib/assets/generate/brief";
import { describeErrorBody } from "./error-response";
import { generationReducer, INITIAL_GENERATION_STATE, type GenerationAction, type GenerationState } from "./generation-state";
import { readEventStream } from "./read-event-stream";
import { useErrorBodyText, useGenerationText } from "./use-generation-text";

const GENERATE_URL = "/api/assets/generate";

/**
 * Posts a brief to the generate route and feeds its NDJSON events into the generation state.
 * `stop` only stops reading: the server keeps going and saves the drafts it finishes, which is
 * why the request carries an idempotency id rather than relying on the abort.
 */
export function useGenerationStream() {
  const text = useGenerationText();
  const errorBodyText = useErrorBodyText();
  // The reducer of the latest render is used, so its sentences follow the member's language.
  const [state, dispatch] = useReducer((current: GenerationState, action: GenerationAction) => generationReducer(current, action, text), INITIAL_GENERATION_STATE);
  const controllerRef = useRef<AbortController | null>(null);

  // Leaving the page must not keep a reader dispatching into an unmounted component.
  useEffect(() => () => controllerRef.current?.abort(), []);

  const start = useCallback(async (workspaceId: string, brief: BriefInput) => {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    dispatch({ type: "request" });
    try {
      const response = await fetch(GENERATE_URL, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/x-ndjson" },
        body: JSON.stringify({ workspaceId, brief, requestId: crypto.randomUUID() }),
        signal: controller.signal,
      });
      if (!response.ok || !response.body) {
        const body: unknown = await response.json().catch(() => null);
        dispatch({ type: "request-failed", message: describeErrorBody(body, response.status, errorBodyText) });
        return;
      }
      await readEventStream(response.body, (event) => dispatch({ type: "event", event }), controller.signal);
      if (!controller.signal.aborted) dispatch({ type: "stream-ended" });
    } catch (error) {
      // An abort is the user's stop (or a newer request replacing this one), already dispatched.
      if (controller.signal.aborted) return;
      console.error("[generate] stream failed:", error);
      dispatch({ type: "request-failed", message: text.networkFailed });
    } finally {
      if (controllerRef.current === controller) controllerRef.current = null;
    }
  }, [errorBodyText, text]);

  const stop = useCallback(() => {
    controllerRef.current?.abort();
    controllerRef.current = null;
    dispatch({ type: "stopped" });
  }, []);

  return { state, start, stop };
}
