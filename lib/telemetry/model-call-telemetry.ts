import { OpenTelemetry } from "@ai-sdk/otel";
import type { Tracer } from "@opentelemetry/api";
import { registerTelemetry, type Telemetry, type TelemetryOptions } from "ai";

/**
 * Model-call spans through the AI SDK's own telemetry option. Spans are emitted only once an
 * integration is registered (instrumentation.ts does that when an OTLP exporter is configured),
 * so an unconfigured deployment pays nothing.
 *
 * Prompts and outputs are never recorded on spans: they carry brand content, confidential
 * context and (before redaction) personal data, and a tracing backend is not where those belong.
 * Spans carry the task (functionId `brandpilot.<task>`), provider, model, tokens and timings.
 */
const state = globalThis as typeof globalThis & { __brandpilotModelTelemetry?: boolean };

export function registerModelCallTelemetry(tracer: Tracer) {
  if (state.__brandpilotModelTelemetry) return;
  registerTelemetry(new OpenTelemetry({ tracer, agentSpanName: "functionId" }));
  state.__brandpilotModelTelemetry = true;
}

export function isModelCallTelemetryEnabled(): boolean {
  return state.__brandpilotModelTelemetry === true;
}

export function modelCallTelemetry(options: { task: string; integrations?: Telemetry[] }): TelemetryOptions {
  const enabled = isModelCallTelemetryEnabled() || (options.integrations?.length ?? 0) > 0;
  return {
    isEnabled: enabled,
    functionId: `brandpilot.${options.task}`,
    recordInputs: false,
    recordOutputs: false,
    ...(options.integrations ? { integrations: options.integrations } : {}),
  };
}
