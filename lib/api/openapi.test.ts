import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { buildOpenApiDocument } from "./openapi";
import { listApiRoutes } from "./registry";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";

const V1 = path.join(process.cwd(), "app/api/v1");
const routeFiles = (fs.readdirSync(V1, { recursive: true }) as string[])
  .filter((file) => /(^|\/)route\.ts$/.test(file) && !file.startsWith("openapi.json"))
  .map((file) => path.dirname(file));

/** `jobs/[id]` → `/api/v1/jobs/{id}`: the path Next serves the file at, in OpenAPI form. */
const openApiPathOf = (dir: string) => `/api/v1/${dir.replace(/\[(\w+)\]/g, "{$1}")}`;
const apiRoutes = () => listApiRoutes().filter((route) => route.name.startsWith("api."));

describe("OpenAPI completeness", () => {
  it("imports every route file under app/api/v1 in the route manifest", () => {
    const manifest = fs.readFileSync(path.join(V1, "route-manifest.ts"), "utf8");
    expect(routeFiles.length).toBeGreaterThanOrEqual(5);
    const missing = routeFiles.filter((dir) => !manifest.includes(`import "./${dir}/route";`));
    expect(missing, "route files missing from app/api/v1/route-manifest.ts").toEqual([]);
  });

  it("registers each route file at the path its folder serves, with defineApiRoute", async () => {
    for (const dir of routeFiles) {
      const exports = (await import(/* @vite-ignore */ path.join(V1, dir, "route.ts"))) as Record<string, unknown>;
      const methods = Object.keys(exports).filter((name) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(name));
      expect(methods.length, dir).toBeGreaterThan(0);
      for (const method of methods) {
        const registered = apiRoutes().find((route) => route.handle === exports[method]);
        expect(registered, `${dir}#${method} is not a defineApiRoute handler`).toBeDefined();
        expect(registered!.path).toBe(openApiPathOf(dir));
        expect(registered!.method).toBe(method);
      }
    }
  });

  it("documents every registered route with its parameters, body, response and permission", async () => {
    const document = (await (await getOpenApi()).json()) as ReturnType<typeof buildOpenApiDocument>;
    expect(document.openapi).toBe("3.1.0");
    // One path per route file (a file may export GET and POST).
    expect(new Set(apiRoutes().map((route) => route.path)).size).toBe(routeFiles.length);
    for (const route of apiRoutes()) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()] as Record<string, any> | undefined;
      expect(operation, `${route.method} ${route.path} missing from the spec`).toBeDefined();
      expect(operation!.operationId).toBe(route.name);
      expect(operation!["x-permission"]).toBe(route.permission);
      const content = operation!.responses[String(route.successStatus)].content;
      if (route.response.kind === "file") expect(Object.keys(content).sort()).toEqual([...route.response.contentTypes].sort());
      else expect(content["application/json"].schema.type).toBe("object");
      if (route.response.kind === "stream") expect(Object.keys(content)).toEqual(expect.arrayContaining(["application/x-ndjson", "text/event-stream"]));
      expect(operation!.responses["401"]).toEqual({ $ref: "#/components/responses/Problem" });
      if (route.method === "POST") expect(operation!.requestBody.content["application/json"].schema).toBeTruthy();
    }
    const search = document.paths["/api/v1/knowledge/search"]!.get as Record<string, any>;
    expect(search.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["q", "k", "kinds", "rerank"]));
    expect(search.parameters.find((p: { name: string }) => p.name === "q").required).toBe(true);
    const job = document.paths["/api/v1/jobs/{id}"]!.get as Record<string, any>;
    expect(job.parameters).toContainEqual(expect.objectContaining({ name: "id", in: "path", required: true }));
    const sources = document.paths["/api/v1/knowledge/sources"]!.post as Record<string, any>;
    expect(sources.parameters).toContainEqual(expect.objectContaining({ name: "Idempotency-Key", in: "header" }));

    const exportOperation = document.paths["/api/v1/assets/{id}/export"]!.get as Record<string, any>;
    expect(Object.keys(exportOperation.responses["200"].content)).toEqual(expect.arrayContaining(["text/csv", "text/html", "text/markdown", "application/json"]));
    expect(exportOperation.parameters.find((p: { name: string }) => p.name === "format").schema.enum).toContain("google-ads-csv");
    const generate = document.paths["/api/v1/assets/generate"]!.post as Record<string, any>;
    const lineTypes = generate.responses["200"].content["application/x-ndjson"].schema.anyOf.flatMap((s: any) => s.oneOf ?? s.anyOf ?? [s]).map((s: any) => s.properties.type.const);
    expect(lineTypes).toEqual(expect.arrayContaining(["start", "partial", "result", "error", "done", "problem"]));
    expect(generate.parameters).toContainEqual(expect.objectContaining({ name: "Idempotency-Key", in: "header" }));
  });

  it("describes every webhook event's payload under `webhooks`, from the delivery schemas", async () => {
    const document = (await (await getOpenApi()).json()) as ReturnType<typeof buildOpenApiDocument>;
    expect(Object.keys(document.webhooks).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    const approved = (document.webhooks as Record<string, any>)["asset.approved"].post;
    const body = approved.requestBody.content["application/json"].schema;
    expect(body.properties.event.const).toBe("asset.approved");
    expect(body.required).toEqual(expect.arrayContaining(["id", "asset", "compliance"]));
  });
});
