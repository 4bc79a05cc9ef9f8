import type { z } from "zod";
import type { Permission } from "@/lib/authz/permissions";

/** Next's second route-handler argument: `{ params }`, a promise (Next 15+), for routes without parameters too. */
export type ApiRouteContext = { params: Promise<Record<string, string | string[]>> };
export type ApiHandler = (request: Request, context: ApiRouteContext) => Promise<Response>;

/**
 * How a route's success answer is encoded. `json`: the `output` schema as application/json.
 * `file`: a download in one of `contentTypes` (exports). `stream`: application/x-ndjson or
 * text/event-stream of `event`s when the client asks for one (Accept), else `output` as JSON.
 */
export type ApiSuccessResponse =
  | { kind: "json" }
  | { kind: "file"; contentTypes: readonly string[] }
  | { kind: "stream"; event: z.ZodType };

/**
 * Every REST route registers here when its module loads (defineApiRoute). The OpenAPI document,
 * the API permission-matrix test and the test server all read this list, so a new route file is
 * documented, tested for every role and token kind, and reachable without anyone listing it.
 */
export type RegisteredApiRoute = {
  name: string;
  method: "GET" | "POST";
  /** OpenAPI form, `{id}` for path parameters, e.g. `/api/v1/jobs/{id}`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  permission: Permission;
  /** Query parameters (GET) or the JSON body (POST). */
  input: z.ZodType;
  params: z.ZodObject<z.ZodRawShape> | null;
  /** The JSON answer's schema (json and stream routes); null for file routes. */
  output: z.ZodType | null;
  response: ApiSuccessResponse;
  successStatus: number;
  mutates: boolean;
  /** `Idempotency-Key` honoured (mutating POST routes). */
  idempotent: boolean;
  handle: ApiHandler;
};

const globalForRegistry = globalThis as typeof globalThis & { __brandpilotApiRoutes?: Map<string, RegisteredApiRoute> };
const registry = (globalForRegistry.__brandpilotApiRoutes ??= new Map());

export function registerApiRoute(route: RegisteredApiRoute): void {
  const clash = [...registry.values()].find((other) => other.name !== route.name && other.method === route.method && other.path === route.path);
  if (clash) throw new Error(`${route.method} ${route.path} is registered twice (${clash.name}, ${route.name})`);
  registry.set(route.name, route);
}

export function listApiRoutes(): RegisteredApiRoute[] {
  return [...registry.values()].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** `/api/v1/jobs/{id}` → a matcher for `/api/v1/jobs/job_123` giving `{ id: "job_123" }`. */
export function matchApiPath(template: string, pathname: string): Record<string, string> | null {
  const names: string[] = [];
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  const match = new RegExp(`^${pattern}$`).exec(pathname);
  if (!match) return null;
  return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]));
}
