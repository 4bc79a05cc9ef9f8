import { env } from "@/lib/env";

export const MAX_UPLOAD_BYTES = Math.round(env.KNOWLEDGE_MAX_FILE_MB * 1024 * 1024);
export const SUPPORTED_UPLOAD_EXTENSIONS = [".md", ".markdown", ".txt", ".text", ".html", ".htm", ".pdf"] as const;
export const MAX_PASTE_CHARACTERS = 500_000;
export const MAX_FEED_BYTES = MAX_UPLOAD_BYTES;

// One wording for sizes in every upload message; the shared helper has no server-only imports, so browser code uses it too.
export { megabytes as formatMegabytes } from "@/lib/files/text-content";
