import "server-only";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { registerModelCallTelemetry } from "./model-call-telemetry";

/**
 * Starts an OTLP/HTTP trace pipeline and hooks the AI SDK's telemetry into it. Called once per
 * server process (instrumentation.ts, the worker script) and only when an endpoint is set.
 */
export function startTracing(options: { endpoint: string; serviceName: string }) {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": options.serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/$/, "")}/v1/traces` }))],
  });
  provider.register();
  registerModelCallTelemetry(provider.getTracer("brandpilot"));
  return provider;
}
