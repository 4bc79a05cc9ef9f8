// `npm run setup`: first-run setup in a terminal on the server: the first workspace and its first
// admin (an instance owner), with a password that person chooses. The same domain function as the
// setup page (lib/setup/complete-setup.ts); refuses once the instance has any account.
//
//   npm run setup                                   # asks for everything (password hidden)
//   printf '%s\n' "$PASSWORD" | npm run setup -- --workspace "Brand B" --slug brand-b \
//       --name "Ada Admin" --email ada@brand-b.example --password-stdin
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { text } from "node:stream/consumers";
import { env } from "@/lib/env";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { completeSetupFromTerminal } from "@/lib/setup/complete-setup";
import { terminalSetupSchema, type SetupFields } from "@/lib/setup/setup-input";
import { hasAnyUser } from "@/lib/setup/setup-state";
import { suggestSlug } from "@/lib/workspaces/slug";

const USAGE = `Usage: npm run setup [-- --workspace "Name" --slug name --name "Your Name" --email you@example.com --password-stdin]
Without flags it asks for each value. --password-stdin reads the password from standard input (first line).`;

const { values: flags } = parseArgs({
  options: {
    workspace: { type: "string" },
    slug: { type: "string" },
    name: { type: "string" },
    email: { type: "string" },
    "password-stdin": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function ask(question: string, fallback?: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = (await rl.question(fallback ? `${question} [${fallback}]: ` : `${question}: `)).trim();
  rl.close();
  return answer || fallback || "";
}

/** Reads a line without echoing it: the prompt goes to stdout, the typed characters to nowhere. */
async function askHidden(question: string): Promise<string> {
  process.stdout.write(`${question}: `);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
  const answer = await rl.question("");
  rl.close();
  process.stdout.write("\n");
  return answer;
}

async function collectFields(): Promise<SetupFields> {
  if (flags["password-stdin"]) {
    // Standard input carries the password, so nothing else can be asked: every other value is a flag.
    const missing = (["workspace", "slug", "name", "email"] as const).filter((key) => !flags[key]);
    if (missing.length > 0) fail(`With --password-stdin, also pass ${missing.map((key) => `--${key}`).join(", ")}.\n${USAGE}`);
    const password = (await text(process.stdin)).split(/\r?\n/)[0] ?? "";
    return { workspaceName: flags.workspace!, slug: flags.slug!, name: flags.name!, email: flags.email!, password, passwordConfirm: password };
  }
  if (!process.stdin.isTTY) fail(`No terminal to ask in: pass the values as flags and the password with --password-stdin.\n${USAGE}`);
  const workspaceName = flags.workspace ?? (await ask("Workspace (brand) name"));
  const slug = flags.slug ?? (await ask("Workspace URL slug", suggestSlug(workspaceName) || undefined));
  const name = flags.name ?? (await ask("Your name"));
  const email = flags.email ?? (await ask("Your email"));
  const password = await askHidden("Password (at least 12 characters)");
  const passwordConfirm = await askHidden("Repeat password");
  return { workspaceName, slug, name, email, password, passwordConfirm };
}

async function main() {
  if (flags.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const db = await getDb();
  if (await hasAnyUser(db)) {
    fail("This instance already has accounts, so setup is over. Sign in, and create more workspaces under Instance → Workspaces.");
  }
  if (env.isEmbeddedDatabase) {
    console.log(`Embedded database at ${env.PGLITE_DATA_DIR}: make sure the app is not running (only one process may open it).`);
  }
  const parsed = terminalSetupSchema.safeParse(await collectFields());
  if (!parsed.success) {
    fail(["Setup not done:", ...parsed.error.issues.map((issue) => `  ${issue.path.join(".") || "input"}: ${issue.message}`)].join("\n"));
  }
  const result = await completeSetupFromTerminal(db, parsed.data);
  const baseUrl = (env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  console.log(`Created workspace "${result.workspace.name}" (/${result.workspace.slug}) and its admin ${result.email}, an instance owner.`);
  console.log(`Sign in at ${baseUrl}/login?email=${encodeURIComponent(result.email)}`);
  process.exit(0);
}

main().catch((error) => {
  console.error("Setup failed:", isAppError(error) ? error.message : error instanceof Error ? error.message : error);
  process.exit(1);
});
