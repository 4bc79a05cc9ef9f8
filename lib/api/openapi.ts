import { z } from "zod";
import { PROBLEM_CODES, problemTitle, statusForProblem, PROBLEM_CONTENT_TYPE } from "./problem";
import { DEFAULT_API_RATE_LIMIT } from "./rate-limit";
import type { RegisteredApiRoute } from "./registry";
import { SIGNATURE_HEADER } from "@/lib/webhooks/sign";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_SCHEMAS, WEBHOOK_EVENT_TYPES, WEBHOOK_HEADERS } from "@/lib/webhooks/events";

type JsonSchema = Record<string, unknown>;

/** zod → JSON Schema 2020-12 (OpenAPI 3.1's dialect), from the same schemas that validate requests. */
function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
  return json;
}

function parametersOf(schema: z.ZodType | null, location: "path" | "query") {
  if (!schema) return [];
  const json = toSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...propertySchema } = property;
    return {
      name,
      in: location,
      required: location === "path" || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: propertySchema,
    };
  });
}

const RATE_LIMIT_HEADERS = {
  "RateLimit-Limit": { description: "Requests allowed per window for this token.", schema: { type: "integer" } },
  "RateLimit-Remaining": { description: "Requests left in the current window.", schema: { type: "integer" } },
  "RateLimit-Reset": { description: "Seconds until the window resets.", schema: { type: "integer" } },
};

const problemRef = { $ref: "#/components/responses/Problem" };

function successDescription(route: RegisteredApiRoute): string {
  if (route.response.kind === "file") return "The file, as an attachment (Content-Disposition gives its name).";
  if (route.response.kind === "stream") {
    return "With `Accept: application/x-ndjson`: one event per line; with `Accept: text/event-stream`: the same events as Server-Sent Events (`event:` is the type). Both end with a `done` event holding the result (or a `problem` event). Any other Accept: the result as JSON when the work has finished.";
  }
  return route.successStatus === 202 ? "Accepted; work continues in the background." : "OK";
}

/** The success body per media type: JSON from `output`, declared file types, or the two stream encodings of `event`. */
function successContent(route: RegisteredApiRoute): Record<string, { schema: JsonSchema }> {
  const response = route.response;
  if (response.kind === "file") {
    return Object.fromEntries(response.contentTypes.map((type) => [type, { schema: type === "application/json" ? { type: "object" } : { type: "string" } }]));
  }
  const json = { "application/json": { schema: toSchema(route.output!, "output") } };
  if (response.kind === "json") return json;
  const event = toSchema(response.event, "output");
  return {
    ...json,
    // OpenAPI 3.1 has no schema for a stream's items; the schema given is one line's / one event's `data`.
    "application/x-ndjson": { schema: { ...event, description: "One line of the stream (each line is one of these events)." } },
    "text/event-stream": { schema: { type: "string", description: "Server-Sent Events; each `data:` holds one event as JSON, shaped like the application/x-ndjson lines." } },
  };
}

function operationOf(route: RegisteredApiRoute) {
  const parameters = [...parametersOf(route.params, "path"), ...(route.method === "GET" ? parametersOf(route.input, "query") : [])];
  if (route.idempotent) {
    parameters.push({
      name: "Idempotency-Key",
      in: "header" as "query",
      required: false,
      description: "Same key + same body within 24 h: the stored response is replayed. Same key + different body: 422.",
      schema: { type: "string", maxLength: 255 },
    });
  }
  const errorStatuses = new Set([400, 401, 403, 404, 429, 500]);
  if (route.method === "POST") [413, 415].forEach((status) => errorStatuses.add(status));
  if (route.idempotent) [409, 422].forEach((status) => errorStatuses.add(status));
  return {
    operationId: route.name,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    "x-permission": route.permission,
    security: [{ bearerAuth: [] }],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.method === "POST" ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(route.input, "input") } } } } : {}),
    responses: {
      [String(route.successStatus)]: {
        description: successDescription(route),
        headers: RATE_LIMIT_HEADERS,
        content: successContent(route),
      },
      ...Object.fromEntries([...errorStatuses].sort().map((status) => [String(status), problemRef])),
    },
  };
}

/**
 * The webhook deliveries (OpenAPI 3.1 `webhooks`): requests Brandpilot sends to an endpoint an
 * admin registered, one per event type, from the same zod schemas that check each body before
 * it is signed (lib/webhooks/events.ts).
 */
function webhooksOf() {
  const header = (description: string) => ({ required: true, description, schema: { type: "string" } });
  return Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => [
      type,
      {
        post: {
          operationId: `webhook.${type}`,
          summary: WEBHOOK_EVENT_LABELS[type].label,
          description: `${WEBHOOK_EVENT_LABELS[type].description} Sent to endpoints that chose this event (Admin → Webhook); signed with ${SIGNATURE_HEADER} (docs/webhooks.md). Dedupe on \`id\`.`,
          tags: ["Webhooks"],
          parameters: [
            { name: WEBHOOK_HEADERS.event, in: "header", ...header("The event type.") },
            { name: WEBHOOK_HEADERS.eventId, in: "header", ...header("The event id, as in the body.") },
            { name: WEBHOOK_HEADERS.delivery, in: "header", ...header("This delivery's id.") },
            { name: SIGNATURE_HEADER, in: "header", ...header("HMAC signature of the body (docs/webhooks.md).") },
          ],
          requestBody: { required: true, content: { "application/json": { schema: toSchema(WEBHOOK_EVENT_SCHEMAS[type], "output") } } },
          responses: { "2XX": { description: "Received. Any other status (or no answer in time) is retried." } },
        },
      },
    ]),
  );
}

/** The OpenAPI 3.1 document of every registered route; served at /api/v1/openapi.json and rendered at /docs/api. */
export function buildOpenApiDocument(routes: RegisteredApiRoute[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method.toLowerCase()] = operationOf(route);
  return {
    openapi: "3.1.0",
    info: {
      title: "Brandpilot API",
      version: "1.0.0",
      description: `Authenticate with an API token (Admin → API tokens, or your account page): \`Authorization: Bearer bp_…\`. Each token may send ${DEFAULT_API_RATE_LIMIT.points} requests per ${DEFAULT_API_RATE_LIMIT.windowSeconds} s. Errors are RFC 9457 problem+json.`,
    },
    servers: [{ url: "/" }],
    paths,
    webhooks: webhooksOf(),
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "bp_<prefix>_<secret>" } },
      schemas: {
        Problem: {
          type: "object",
          required: ["type", "title", "status", "detail", "code"],
          properties: {
            type: { type: "string", description: "URI reference into the API docs." },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string", description: "What is wrong, in a sentence." },
            code: { type: "string", enum: PROBLEM_CODES, description: PROBLEM_CODES.map((code) => `${code} (${statusForProblem(code)}): ${problemTitle(code)}`).join("; ") },
            errors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } }, description: "Field path → messages (invalid_input)." },
          },
        },
      },
      responses: {
        Problem: { description: "Problem details (RFC 9457).", content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: "#/components/schemas/Problem" } } } },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
