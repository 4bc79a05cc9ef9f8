import "server-only";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/**
 * The key that signs session JWTs. Production (DATABASE_URL) must configure NEXTAUTH_SECRET so
 * every instance shares it (lib/env.ts enforces that). The embedded demo generates one into
 * its data folder on first start, so `npm install` + one command is enough to try it.
 */
export function resolveAuthSecret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (!env.isEmbeddedDatabase) {
    throw new Error("NEXTAUTH_SECRET is required when DATABASE_URL is set");
  }
  const secretFile = path.resolve(env.PGLITE_DATA_DIR, "..", "auth-secret");
  try {
    return fs.readFileSync(secretFile, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(secretFile), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    // wx: if another worker wrote it first, fail and read theirs.
    try {
      fs.writeFileSync(secretFile, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      return fs.readFileSync(secretFile, "utf8").trim();
    }
  }
}
