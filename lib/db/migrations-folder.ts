import path from "node:path";

/** SQL migrations live in /drizzle at the project root (cwd for next, scripts and tests). */
export const MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle");
