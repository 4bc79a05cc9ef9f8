import "../route-manifest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { listApiRoutes } from "@/lib/api/registry";

/**
 * The OpenAPI 3.1 document, public like most APIs' specs: it describes operations and schemas,
 * holds no workspace data, and a client needs it before it has a token. Listed in the entry-point
 * test's UNWRAPPED_ROUTES for that reason.
 */
export function GET() {
  return Response.json(buildOpenApiDocument(listApiRoutes()), { headers: { "cache-control": "public, max-age=300" } });
}
