import "server-only";
import { z } from "zod";
import { auditOutcomeForError } from "@/lib/authz/outcome";
import { isAppError, toPublicError } from "@/lib/errors";
import { releaseIdempotencyKey, storeIdempotentResponse } from "./idempotency";
import { createApiHandler, NO_PARAMS, type ApiContext, type ApiRouteBase, type AuthorizedCall, type ObjectSchema } from "./authorize-api-call";
import { encodeStreamEvent, negotiateStreamFormat, streamContentType, type StreamEvent } from "./event-stream";
import { problemOf } from "./problem";

/** Event types the wrapper itself sends last; a route's own events use other names. */
export const FINAL_EVENT_TYPES = ["done", "problem"] as const;

type RunArgs<Input extends z.ZodType, Params extends ObjectSchema> = {
  input: z.output<Input>;
  params: z.output<Params>;
  ctx: ApiContext;
  request: Request;
  /** Sends one progress event (dropped in JSON mode, where only the result is answered). */
  emit(event: StreamEvent): void;
  /** Aborted when the client goes away: stop starting new work. */
  signal: AbortSignal;
  /**
   * The call's Idempotency-Key (null without one). A domain function that commits units of work
   * one by one keys them with it, so a retry after a dropped connection reuses what was saved.
   */
  idempotencyKey: string | null;
};

/**
 * A POST route whose work takes long and reports progress (asset generation). Same authorization
 * path as every route (authorize-api-call.ts). The answer depends on Accept:
 *
 * - `application/x-ndjson`: one event per line, then `{"type":"done","result":…}` (the JSON answer).
 * - `text/event-stream`: the same events as SSE (`event: <type>`, `data: <json>`), ending with `event: done`.
 * - anything else: only the result, as application/json, once the work has finished.
 *
 * A failure before the first byte (bad input, `prepare` refusing) is problem+json with its status;
 * a failure once streaming is a final `problem` event (the status line is already sent).
 * No surrounding transaction: the work runs for seconds to minutes and its domain function
 * commits each unit as it completes. `Idempotency-Key` is honoured: a finished call's result is
 * stored and replayed as JSON (`Idempotent-Replayed: true`) whatever Accept says; a call that
 * failed or was cut off frees its key. The audit entry is written when the work ends.
 */
export function defineStreamingApiRoute<Input extends z.ZodType, Output extends z.ZodType, Params extends ObjectSchema = typeof NO_PARAMS>(
  definition: ApiRouteBase<Input, Params> & {
    method: "POST";
    /** One progress event (documentation: the OpenAPI stream schema); its `type` is never `done` or `problem` (the wrapper's). */
    event: z.ZodType;
    /** The result: the JSON answer, the `done` event's `result`, and the replayed body. */
    output: Output;
    /** Checks that can refuse the call before anything is streamed (a refusal keeps its HTTP status). */
    prepare?(args: Omit<RunArgs<Input, Params>, "emit" | "signal" | "idempotencyKey">): Promise<void>;
    run(args: RunArgs<Input, Params>): Promise<z.input<Output>>;
  },
) {
  const finalEvents = z.discriminatedUnion("type", [
    z.object({ type: z.literal("done"), result: definition.output }),
    z.object({ type: z.literal("problem"), problem: z.object({ code: z.string(), status: z.number().int(), detail: z.string() }) }),
  ]);

  return createApiHandler(definition, {
    mutates: true,
    idempotent: true,
    successStatus: 200,
    output: definition.output,
    response: { kind: "stream", event: z.union([definition.event, finalEvents]) },
    async run(call, request) {
      const format = negotiateStreamFormat(request.headers.get("accept"));
      const ctx = call.context(call.db);
      const base = { input: call.input, params: call.params, ctx, request };
      const freeKey = () => (call.idempotencyKey !== null ? releaseIdempotencyKey(call.db, { tokenId: call.caller.token.id, key: call.idempotencyKey }) : Promise.resolve());
      try {
        await definition.prepare?.(base);
      } catch (error) {
        await freeKey();
        return call.fail(error);
      }

      const controller = new AbortController();
      const abort = () => controller.abort();
      request.signal.addEventListener("abort", abort, { once: true });
      const work = (emit: (event: StreamEvent) => void) =>
        definition.run({ ...base, emit, signal: controller.signal, idempotencyKey: call.idempotencyKey }).then((result) => definition.output.parse(result));

      if (format === "json") {
        try {
          const body = JSON.stringify(await work(() => {}));
          await finish(call, body, controller.signal);
          return new Response(body, { status: 200, headers: { ...call.headers, "content-type": "application/json" } });
        } catch (error) {
          await freeKey();
          return call.fail(error);
        }
      }

      const encoder = new TextEncoder();
      const stream = new ReadableStream<Uint8Array>({
        async start(sink) {
          const send = (event: StreamEvent) => {
            if (controller.signal.aborted) return;
            try {
              sink.enqueue(encoder.encode(encodeStreamEvent(format, event)));
            } catch {
              controller.abort(); // the reader is gone
            }
          };
          try {
            const result = await work((event) => {
              if ((FINAL_EVENT_TYPES as readonly string[]).includes(event.type)) throw new Error(`${definition.name} emitted the wrapper's own event type "${event.type}"`);
              send(event);
            });
            await finish(call, JSON.stringify(result), controller.signal);
            send({ type: "done", result });
          } catch (error) {
            if (!isAppError(error)) console.error(`[api] ${definition.name} failed while streaming:`, error);
            const publicError = toPublicError(error);
            await freeKey();
            await call.writeAudit(call.db, auditOutcomeForError(publicError.code), { reason: publicError.code });
            const problem = problemOf(publicError.code, publicError.message);
            send({ type: "problem", problem: { code: problem.code, status: problem.status, detail: problem.detail } });
          } finally {
            request.signal.removeEventListener("abort", abort);
            if (!controller.signal.aborted) sink.close();
          }
        },
        cancel: abort,
      });
      return new Response(stream, {
        status: 200,
        // x-accel-buffering: proxies (nginx) would otherwise hold the events until the end.
        headers: { ...call.headers, "content-type": streamContentType(format), "x-accel-buffering": "no" },
      });
    },
  });
}

/**
 * The finished call: audited, and its result stored for replay. A client that went away mid-way
 * got a partial result (the work stops starting new units), so its key is freed instead: the
 * retry runs again and picks up the units already saved under the same key.
 */
async function finish(call: AuthorizedCall<z.ZodType, ObjectSchema>, body: string, signal: AbortSignal) {
  await call.writeAudit(call.db, "success", signal.aborted ? { aborted: true } : {});
  if (call.idempotencyKey === null) return;
  const key = { tokenId: call.caller.token.id, key: call.idempotencyKey };
  const stored = !signal.aborted && (await storeIdempotentResponse(call.db, { ...key, response: { status: 200, headers: { "content-type": "application/json" }, body } }));
  if (!stored) await releaseIdempotencyKey(call.db, key);
}
