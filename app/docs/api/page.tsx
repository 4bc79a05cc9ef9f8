import "@/app/api/v1/route-manifest";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { PROBLEM_CODES, problemTitle, statusForProblem } from "@/lib/api/problem";
import { listApiRoutes } from "@/lib/api/registry";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("docs.api");
  return { title: t("metaTitle") };
}

type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  "x-permission": string;
  parameters?: { name: string; in: string; required: boolean; description?: string; schema: unknown }[];
  requestBody?: { content: { "application/json": { schema: unknown } } };
  responses: Record<string, { content?: Record<string, { schema: unknown }> } | { $ref: string }>;
};

function Schema({ value }: { value: unknown }) {
  return <pre className="overflow-x-auto rounded bg-slate-100 p-2 font-mono text-xs">{JSON.stringify(value, null, 2)}</pre>;
}

/**
 * The REST API reference, rendered on the server from the same OpenAPI document as
 * /api/v1/openapi.json (no client script, no CDN assets: the CSP allows neither). Public, like the spec.
 * The page's own words are translated; the operations' summaries and descriptions are the spec's (English), the
 * same text API clients read.
 */
export default async function ApiDocsPage() {
  const t = await getTranslations("docs.api");
  const specPath = "/api/v1/openapi.json";
  const document = buildOpenApiDocument(listApiRoutes());
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation: operation as Operation })),
  );
  return (
    <main className="mx-auto max-w-4xl space-y-8 p-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{document.info.description}</p>
        <p className="text-sm">
          {t.rich("machineReadable", {
            path: specPath,
            link: (chunks) => (
              <a className="underline" href={specPath}>
                {chunks}
              </a>
            ),
          })}
        </p>
      </header>
      {operations.map(({ path, method, operation }) => {
        const success = Object.entries(operation.responses).find(([status]) => status.startsWith("2"));
        const successSchema = success && "content" in success[1] ? success[1].content?.["application/json"]?.schema : undefined;
        return (
          <section key={operation.operationId} id={operation.operationId} aria-labelledby={`${operation.operationId}-heading`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id={`${operation.operationId}-heading`} className="font-mono text-base font-semibold">
              {method} {path}
            </h2>
            <p className="text-sm">{operation.summary}</p>
            {operation.description ? <p className="text-sm text-slate-700">{operation.description}</p> : null}
            <p className="text-sm">
              {t.rich("permission", { permission: operation["x-permission"], code: (chunks) => <code className="font-mono">{chunks}</code> })}
            </p>
            {operation.parameters?.length ? (
              <>
                <h3 className="text-sm font-medium">{t("parameters")}</h3>
                <ul className="list-disc pl-6 text-sm">
                  {operation.parameters.map((p) => (
                    <li key={`${p.in}:${p.name}`}>
                      <code className="font-mono">{p.name}</code> ({p.required ? t("inRequired", { in: p.in }) : p.in}){p.description ? `: ${p.description}` : ""}{" "}
                      <code className="font-mono text-xs">{JSON.stringify(p.schema)}</code>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {operation.requestBody ? (
              <details>
                <summary className="cursor-pointer text-sm font-medium">{t("requestBody")}</summary>
                <Schema value={operation.requestBody.content["application/json"].schema} />
              </details>
            ) : null}
            {successSchema ? (
              <details>
                <summary className="cursor-pointer text-sm font-medium">{t("response", { status: success![0] })}</summary>
                <Schema value={successSchema} />
              </details>
            ) : null}
          </section>
        );
      })}
      <section aria-labelledby="problems-heading" className="space-y-2">
        <h2 id="problems-heading" className="text-lg font-semibold">
          {t("errors")}
        </h2>
        <ul className="list-disc pl-6 text-sm">
          {PROBLEM_CODES.map((code) => (
            <li key={code} id={`problem-${code}`}>
              <code className="font-mono">{code}</code> ({statusForProblem(code)}): {problemTitle(code)}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
