import "server-only";
import type { z } from "zod";
import type { Database } from "@/lib/db/types";
import { releaseIdempotencyKey, storeIdempotentResponse } from "./idempotency";
import { createApiHandler, NO_PARAMS, type ApiContext, type ApiRouteBase, type ObjectSchema } from "./authorize-api-call";

export type { ApiContext } from "./authorize-api-call";

export type ApiRouteDefinition<Input extends z.ZodType, Params extends ObjectSchema, Output extends z.ZodType> = ApiRouteBase<Input, Params> & {
  /** The response body's contract: the handler's result is parsed with it (unknown fields dropped) and it is the OpenAPI schema. */
  output: Output;
  successStatus?: 200 | 201 | 202;
  /** Default: POST. Mutating routes run in a transaction and honour `Idempotency-Key`. */
  mutates?: boolean;
  handler(args: { input: z.output<Input>; params: z.output<Params>; ctx: ApiContext; request: Request }): Promise<z.input<Output>>;
};

/**
 * Defines a JSON REST v1 route on the API's authorization path (lib/api/authorize-api-call.ts:
 * token → workspace → permission ∩ scopes → rate limit → zod input → idempotency) and registers
 * it, then runs the handler (in a transaction when it mutates) and audits with the token.
 * Errors are RFC 9457 problem+json. Streaming and file answers have their own kinds
 * (define-streaming-api-route.ts, define-file-api-route.ts). See docs/api.md.
 */
export function defineApiRoute<Input extends z.ZodType, Output extends z.ZodType, Params extends ObjectSchema = typeof NO_PARAMS>(
  definition: ApiRouteDefinition<Input, Params, Output>,
) {
  const mutates = definition.mutates ?? definition.method === "POST";
  const idempotent = mutates && definition.method === "POST";
  const successStatus = definition.successStatus ?? 200;

  return createApiHandler(definition, {
    mutates,
    idempotent,
    successStatus,
    output: definition.output,
    response: { kind: "json" },
    async run(call, request) {
      const { caller, idempotencyKey } = call;
      const run = async (db: Database) => {
        const data = await definition.handler({ input: call.input, params: call.params, ctx: call.context(db), request });
        // The contract is enforced on the way out: a field the schema does not name never leaves.
        return JSON.stringify(definition.output.parse(data));
      };
      try {
        let body: string;
        if (mutates) {
          body = await call.db.transaction(async (tx) => {
            const text = await run(tx);
            await call.writeAudit(tx, "success");
            if (idempotencyKey !== null) {
              const stored = await storeIdempotentResponse(tx, {
                tokenId: caller.token.id,
                key: idempotencyKey,
                response: { status: successStatus, headers: { "content-type": "application/json" }, body: text },
              });
              if (!stored) await releaseIdempotencyKey(tx, { tokenId: caller.token.id, key: idempotencyKey });
            }
            return text;
          });
        } else {
          body = await run(call.db);
          await call.writeAudit(call.db, "success");
        }
        return new Response(body, { status: successStatus, headers: { ...call.headers, "content-type": "application/json" } });
      } catch (error) {
        // Nothing was written (the transaction rolled back): free the key so the client may retry.
        if (idempotencyKey !== null) await releaseIdempotencyKey(call.db, { tokenId: caller.token.id, key: idempotencyKey });
        return call.fail(error);
      }
    },
  });
}
