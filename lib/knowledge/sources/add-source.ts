import "server-only";
import { and, eq } from "drizzle-orm";
import { knowledgeSources } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Classification } from "../classification";
import { createSourceVersion, type NewSourceVersionResult, type SourceKind } from "./create-source-version";
import { submitIngestion } from "./submit-ingestion";
import { decodeUploadedFile } from "./uploaded-file";
import { checkUploadedFile } from "./check-uploaded-file";
import { MAX_UPLOAD_BYTES } from "../limits";
import { guessSourceRole } from "../source-roles";

// Enough of a document to find its first heading; PDFs are binary here and are judged by name.
const GUESS_TEXT_BYTES = 4096;

function resolveRole(kind: SourceKind | "auto", hints: { fileName?: string; title?: string; bytes: Uint8Array; isText: boolean }): SourceKind {
  if (kind !== "auto") return kind;
  const text = hints.isText ? new TextDecoder().decode(hints.bytes.subarray(0, GUESS_TEXT_BYTES)) : "";
  return guessSourceRole({ fileName: hints.fileName, title: hints.title, text });
}

/**
 * A new version uploaded with "auto" keeps the source's role: guessing again from the new file
 * name could turn an internal note (or a guide) into a fact-bearing role without anyone choosing
 * it. Null when the source is not in the workspace; createSourceVersion then answers not_found.
 */
async function currentRole(tx: Database, options: { workspaceId: string; sourceId: string }): Promise<SourceKind | null> {
  const [source] = await tx
    .select({ kind: knowledgeSources.kind })
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.workspaceId, options.workspaceId), eq(knowledgeSources.id, options.sourceId)));
  return source?.kind ?? null;
}

type SourceMetadata = {
  workspaceId: string;
  actorId: string;
  /** "auto": guessed from the file name (or title) and the first heading; the uploader can change it later. */
  kind: SourceKind | "auto";
  classification: Classification;
  language: "de" | "en" | null;
  canonicalUrl: string | null;
};

export type AddedSource = NewSourceVersionResult & { jobId: string | null; role: SourceKind };

/** An uploaded file as a new source (or a new version of `sourceId`), queued for ingestion in the same transaction. */
export async function addUploadedSource(
  tx: Database,
  options: SourceMetadata & { sourceId?: string; title?: string; file: { fileName: string; dataBase64: string } },
): Promise<AddedSource & { byteLength: number }> {
  const { bytes, format, defaultTitle } = decodeUploadedFile(options.file);
  // Refused before anything is stored or queued, so a bad file leaves no failed source behind.
  await checkUploadedFile({ fileName: options.file.fileName, bytes, maxBytes: MAX_UPLOAD_BYTES });
  const kind = (options.sourceId && options.kind === "auto" ? await currentRole(tx, { workspaceId: options.workspaceId, sourceId: options.sourceId }) : null) ?? resolveRole(options.kind, { fileName: options.file.fileName, title: options.title, bytes, isText: format !== "pdf" });
  const created = await createSourceVersion(tx, {
    workspaceId: options.workspaceId,
    actorId: options.actorId,
    sourceId: options.sourceId,
    title: options.title || defaultTitle,
    kind,
    classification: options.classification,
    language: options.language,
    canonicalUrl: options.canonicalUrl,
    origin: "upload",
    format,
    fileName: options.file.fileName,
    bytes,
  });
  const jobId = await submitIngestion(tx, { workspaceId: options.workspaceId, versionIds: [created.versionId!] });
  return { ...created, jobId, role: kind, byteLength: bytes.byteLength };
}

/** Pasted text as a new source, queued for ingestion in the same transaction. */
export async function addPastedSource(
  tx: Database,
  options: SourceMetadata & { title: string; text: string; format: "markdown" | "text" },
): Promise<AddedSource> {
  const bytes = new TextEncoder().encode(options.text);
  const kind = resolveRole(options.kind, { title: options.title, bytes, isText: true });
  const created = await createSourceVersion(tx, {
    workspaceId: options.workspaceId,
    actorId: options.actorId,
    title: options.title,
    kind,
    classification: options.classification,
    language: options.language,
    canonicalUrl: options.canonicalUrl,
    origin: "paste",
    format: options.format,
    fileName: options.format === "markdown" ? "pasted.md" : "pasted.txt",
    bytes,
  });
  const jobId = await submitIngestion(tx, { workspaceId: options.workspaceId, versionIds: [created.versionId!] });
  return { ...created, jobId, role: kind };
}
