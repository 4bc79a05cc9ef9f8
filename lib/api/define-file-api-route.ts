import "server-only";
import type { z } from "zod";
import { createApiHandler, NO_PARAMS, type ApiContext, type ApiRouteBase, type ObjectSchema } from "./authorize-api-call";

/** A download: the body and how it is labelled. */
export type ApiFile = { body: string | Uint8Array<ArrayBuffer>; contentType: string; fileName: string };

/**
 * A REST v1 route that answers a file (exports) instead of JSON: GET only, reads only, the same
 * authorization path and audit as every route. The content types it can answer are declared so
 * the OpenAPI document lists them; an answer in any other type is a programming error (500), not
 * something a client should have to guess.
 */
export function defineFileApiRoute<Input extends z.ZodObject<z.ZodRawShape>, Params extends ObjectSchema = typeof NO_PARAMS>(
  definition: ApiRouteBase<Input, Params> & {
    method: "GET";
    /** Every content type the route may answer (without parameters such as charset). */
    contentTypes: readonly string[];
    handler(args: { input: z.output<Input>; params: z.output<Params>; ctx: ApiContext; request: Request }): Promise<ApiFile>;
  },
) {
  return createApiHandler(definition, {
    mutates: false,
    idempotent: false,
    successStatus: 200,
    output: null,
    response: { kind: "file", contentTypes: definition.contentTypes },
    async run(call, request) {
      let file: ApiFile;
      try {
        file = await definition.handler({ input: call.input, params: call.params, ctx: call.context(call.db), request });
      } catch (error) {
        return call.fail(error);
      }
      const mediaType = file.contentType.split(";")[0]!.trim();
      if (!definition.contentTypes.includes(mediaType)) throw new Error(`${definition.name} answered ${mediaType}, which it does not declare`);
      call.audit.detail({ fileName: file.fileName, contentType: mediaType });
      await call.writeAudit(call.db, "success");
      // The file name is ours (kind, id, version), never user text, so it needs no escaping beyond quotes.
      return new Response(file.body, {
        status: 200,
        headers: { ...call.headers, "content-type": file.contentType, "content-disposition": `attachment; filename="${file.fileName.replace(/"/g, "")}"` },
      });
    },
  });
}
