"use server";

import { z } from "zod";
import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { AppError } from "@/lib/errors";
import { wakeWorkerAfterResponse } from "@/lib/jobs/wake-worker";
import { mappingChoiceSchema } from "@/lib/kpi/import/mapping-choice";
import { MAX_IMPORT_BYTES, UPLOAD_CHUNK_BYTES } from "@/lib/kpi/uploads/limits";
import { PREVIEW_SAMPLE_BYTES, previewUpload } from "@/lib/kpi/uploads/preview-upload";
import { appendChunk, finishUpload, startUpload } from "@/lib/kpi/uploads/upload";

const base64 = (maxBytes: number) =>
  z
    .string()
    .min(1, "The data is empty")
    .max(Math.ceil(maxBytes / 3) * 4, `At most ${maxBytes} bytes per request`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "The data is not valid base64");

const importIdSchema = z.string().min(1).max(64);

/** Reads the first 64 KB of a report so the dialog can show the detected preset or offer a mapping. */
export const previewKpiImportAction = defineAction({
  name: "kpi.preview_import",
  permission: "kpi:import",
  mutates: false,
  input: workspaceScopedInput.extend({ sampleBase64: base64(PREVIEW_SAMPLE_BYTES) }),
  async handler({ input }) {
    return previewUpload(new Uint8Array(Buffer.from(input.sampleBase64, "base64")));
  },
});

export const startKpiImportAction = defineAction({
  name: "kpi.start_import",
  permission: "kpi:import",
  mutates: true,
  input: workspaceScopedInput.extend({
    fileName: z.string().trim().min(1).max(255),
    byteSize: z.number().int().positive("The file is empty.").max(MAX_IMPORT_BYTES, "The file is too large; split the export by date range."),
    mapping: mappingChoiceSchema,
  }),
  async handler({ input, ctx }) {
    const started = await startUpload(ctx.db, { workspaceId: input.workspaceId, actorId: ctx.actor.id, fileName: input.fileName, byteSize: input.byteSize, mapping: input.mapping });
    ctx.audit.target("kpi_import", started.importId);
    ctx.audit.detail({ fileName: input.fileName, bytes: input.byteSize, mapping: input.mapping.kind === "custom" ? "custom" : input.mapping.kind === "preset" ? input.mapping.presetId : "auto" });
    return started;
  },
});

/** One part of the file, in order. Each part is its own request, so a failed part is retried alone. */
export const uploadKpiChunkAction = defineAction({
  name: "kpi.upload_chunk",
  permission: "kpi:import",
  mutates: true,
  input: workspaceScopedInput.extend({ importId: importIdSchema, seq: z.number().int().min(0).max(100_000), dataBase64: base64(UPLOAD_CHUNK_BYTES) }),
  async handler({ input, ctx }) {
    const bytes = new Uint8Array(Buffer.from(input.dataBase64, "base64"));
    if (bytes.byteLength > UPLOAD_CHUNK_BYTES) throw new AppError("invalid_input", "An upload part is larger than allowed.");
    ctx.audit.target("kpi_import", input.importId);
    ctx.audit.detail({ part: input.seq, bytes: bytes.byteLength });
    return appendChunk(ctx.db, { workspaceId: input.workspaceId, importId: input.importId, seq: input.seq, bytes });
  },
});

/** Completes the upload and queues the import; the page follows its progress. */
export const finishKpiImportAction = defineAction({
  name: "kpi.finish_import",
  permission: "kpi:import",
  mutates: true,
  input: workspaceScopedInput.extend({ importId: importIdSchema }),
  async handler({ input, ctx }) {
    const finished = await finishUpload(ctx.db, input);
    ctx.audit.target("kpi_import", input.importId);
    ctx.audit.detail({ jobId: finished.jobId });
    wakeWorkerAfterResponse();
    return finished;
  },
});
