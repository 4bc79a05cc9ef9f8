// `npm run reset-link -- --email person@brand.example`: prints a single-use password-reset link
// for an account. For the server's operator: an instance owner who lost their password where no
// mail is configured, and everyone after upgrading past migration 0009 (which retired passwords
// that admins had chosen for people). Audited.
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { issueOperatorResetLink } from "@/lib/account/operator-reset-link";

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, help: { type: "boolean", short: "h", default: false } } });
  if (values.help || !values.email) {
    console.log("Usage: npm run reset-link -- --email person@brand.example");
    process.exit(values.help ? 0 : 1);
  }
  if (env.isEmbeddedDatabase) console.warn("Embedded database: stop the app first (one process may open it at a time).");
  const baseUrl = env.NEXTAUTH_URL ?? "http://localhost:3000";
  const { url, expiresAt } = await issueOperatorResetLink(await getDb(), { email: values.email, baseUrl, ttlMinutes: env.PASSWORD_RESET_TTL_MINUTES });
  console.log(`Single-use reset link for ${values.email.trim().toLowerCase()} (valid until ${expiresAt.toISOString()}):\n${url}`);
  process.exit(0);
}

main().catch((error) => {
  console.error(isAppError(error) ? error.message : `Failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
