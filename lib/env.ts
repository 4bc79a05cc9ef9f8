import { z } from "zod";
import { isRole } from "./authz/roles";
import { parsePrivateNetworkPolicy, privateNetworkPolicyProblem } from "./http/outbound/private-network-policy";

/**
 * The only module that reads `process.env` (enforced by `npm run lint:env`).
 * Parsed once at import; a bad value stops the process with a message naming the variable.
 */
const booleanString = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** Set → node-postgres pool against real PostgreSQL with pgvector. Unset → embedded PGlite. */
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    /** Pool size per app instance when DATABASE_URL is set. */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    /** Folder of the embedded database (git-ignored). */
    PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
    /**
     * Demo mode, only by explicit choice (`npm run demo` sets it): seed the demo workspaces and accounts on start
     * and list them on the sign-in page. Off by default, also without DATABASE_URL.
     */
    BRANDPILOT_DEMO: booleanString.default(false),
    /** Secret that signs session JWTs. Required with DATABASE_URL; generated into the data folder otherwise. */
    NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
    /** Public base URL of the app (next-auth reads it for callbacks). */
    NEXTAUTH_URL: z.url().optional(),
    /** Company SSO: all three switch the generic OIDC provider on. */
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_DISPLAY_NAME: z.string().min(1).default("Company SSO"),
    /**
     * Email domains whose SSO identities may link to an existing account or get just-in-time membership,
     * comma-separated (`brand.example,brand.de`). Unset: SSO links to no existing account unless the person holds
     * an invitation.
     */
    OIDC_ALLOWED_DOMAINS: z.string().optional(),
    /**
     * Just-in-time membership for SSO sign-ins, `domain=workspace-slug:role` separated by commas
     * (`brand.example=nordlicht:marketer`). Only domains also in OIDC_ALLOWED_DOMAINS are honoured.
     */
    OIDC_JIT_MEMBERSHIPS: z.string().optional(),
    /** Password sign-in; `false` makes the instance SSO-only (needs the OIDC_* settings). */
    AUTH_PASSWORD_SIGNIN: booleanString.default(true),
    /** Outgoing mail (invitations, password resets): `smtp://user:pass@host:587` or `smtps://…`. Unset: links are shown to the admin to copy. */
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    /** Sender of outgoing mail. */
    MAIL_FROM: z.string().min(3).default("Brandpilot <no-reply@brandpilot.invalid>"),
    /** How long an invitation link stays valid. */
    INVITATION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(168),
    /** How long a password-reset link stays valid. */
    PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(60),
    /** Sign-in attempts allowed per account and per client IP within SIGNIN_WINDOW_SECONDS. */
    SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    SIGNIN_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(30),
    SIGNIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
    /** Largest knowledge-base upload accepted, per file. */
    KNOWLEDGE_MAX_FILE_MB: z.coerce.number().positive().max(100).default(20),
    /** Roles that may read confidential sources, comma-separated (admins always may). */
    CONFIDENTIAL_READER_ROLES: z.string().default("admin,editor"),
    /** Run the background job worker inside the web process (turn off where a separate `npm run worker` runs). */
    JOB_WORKER_IN_PROCESS: booleanString.default(true),
    /**
     * Model for knowledge embeddings, as `provider:model` (default: the built-in local embedder).
     * Changing it re-embeds every workspace in the background after the next start.
     */
    EMBEDDING_MODEL: z.string().regex(/^[a-z][a-z0-9-]*:.+$/, "EMBEDDING_MODEL must look like provider:model").default("local:local-hash-ngram-v1"),
    /** Vector size of a hosted EMBEDDING_MODEL the catalog does not know. */
    EMBEDDING_DIMENSIONS: z.coerce.number().int().min(8).max(16_000).optional(),
    /** Model for reranking retrieved passages, `provider:model` (default: the built-in BM25 + vector reranker). */
    RERANK_MODEL: z.string().regex(/^[a-z][a-z0-9-]*:.+$/, "RERANK_MODEL must look like provider:model").default("local:bm25-vector-v1"),
    /** Hosted providers: each key switches its provider on. */
    OPENAI_API_KEY: z.string().min(1).optional(),
    COHERE_API_KEY: z.string().min(1).optional(),
    ANTHROPIC_API_KEY: z.string().min(1).optional(),
    GOOGLE_GENERATIVE_AI_API_KEY: z.string().min(1).optional(),
    MISTRAL_API_KEY: z.string().min(1).optional(),
    /** Models the OpenAI-compatible server offers, comma-separated `model@quality` (quality: basic|standard|premium). */
    OPENAI_COMPATIBLE_MODELS: z.string().optional(),
    /** Routed model calls allowed per user per minute (all instances together). */
    MODEL_REQUESTS_PER_USER_PER_MINUTE: z.coerce.number().int().min(1).default(30),
    /** Response caches for routed calls (exact and semantic). Off for load tests that must reach the provider. */
    MODEL_CACHE_ENABLED: booleanString.default(true),
    /** Per-call timeout for hosted models. */
    MODEL_CALL_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(60_000),
    /** Any OpenAI-compatible server (Ollama, vLLM, LM Studio): base URL, optional key, a name for ids. */
    OPENAI_COMPATIBLE_BASE_URL: z.url().optional(),
    OPENAI_COMPATIBLE_API_KEY: z.string().min(1).optional(),
    OPENAI_COMPATIBLE_NAME: z.string().regex(/^[a-z][a-z0-9-]*$/).default("selfhosted"),
    /**
     * OpenTelemetry: with an OTLP/HTTP endpoint (e.g. http://otel-collector:4318) every model call
     * emits spans through the AI SDK's telemetry integration. Unset: no spans, no overhead.
     * OTEL_EXPORTER_OTLP_HEADERS is read by the exporter itself (for an auth header).
     */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
    OTEL_SERVICE_NAME: z.string().min(1).default("brandpilot"),
    /**
     * The instance's bound on the workspace setting "Allow private networks" (webhooks, website and feed URL
     * connectors): `workspace` (default) lets a workspace admin decide; `never` ignores the setting; a comma list of
     * CIDRs (`10.20.0.0/16,fd00:1234::/32`) admits only private addresses inside them. See docs/webhooks.md.
     */
    OUTBOUND_PRIVATE_NETWORKS: z
      .string()
      .default("workspace")
      .superRefine((value, ctx) => {
        const problem = privateNetworkPolicyProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: `OUTBOUND_PRIVATE_NETWORKS ${problem}` });
      }),
    /** Let webhook URLs point at private or loopback addresses (a CMS on your own network). Off: SSRF protection. */
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: booleanString.default(false),
    /** Per-attempt timeout of a webhook delivery. */
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(10_000),
    /**
     * Proxies in front of the app that append to X-Forwarded-For (0 = the app is reached directly: the header is
     * ignored, since Next passes a client-sent value through unchanged; see lib/auth/client-ip.ts).
     */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /**
     * Days between an instance owner's "delete workspace" and the removal of every row of it (the workspace is
     * archived at once; the request can be cancelled until then). 0 deletes at the next daily run.
     */
    WORKSPACE_DELETION_GRACE_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
    /**
     * Keys that sign the audit log's hash chain (HMAC-SHA256), comma-separated `keyId:secret`
     * (`2027-01:…,2026-01:…`; key id: letters, digits, `.`, `_`, `-`; secret ≥ 32 characters, e.g.
     * `openssl rand -base64 48`). They live outside the database, so someone who can write to the
     * database cannot recompute the chain after changing history.
     * The first key signs new entries; every listed key verifies the entries it signed (each entry
     * stores its key id). To rotate: put the new key first and keep the old one after it, restart
     * every instance; remove an old key only if the entries it signed may become unverifiable
     * (verification then reports "signed with key X, which is not configured").
     * Unset: one key is derived (HKDF-SHA256) from the session secret (NEXTAUTH_SECRET, or the
     * embedded demo's generated secret) with the key id `auth-derived`. Production should set this:
     * otherwise rotating NEXTAUTH_SECRET orphans every entry signed before (or keep the old derived
     * key listed here under the id `auth-derived`).
     */
    AUDIT_HMAC_KEYS: z
      .string()
      .optional()
      .superRefine((value, ctx) => {
        const problem = value === undefined ? null : auditHmacKeysProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
  })
  .superRefine((value, ctx) => {
    const oidc = [value.OIDC_ISSUER, value.OIDC_CLIENT_ID, value.OIDC_CLIENT_SECRET];
    const setCount = oidc.filter(Boolean).length;
    if (setCount > 0 && setCount < 3) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together",
      });
    }
    if (value.AUTH_PASSWORD_SIGNIN === false && setCount < 3) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_PASSWORD_SIGNIN"],
        message: "AUTH_PASSWORD_SIGNIN=false (SSO only) needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET",
      });
    }
    if (value.DATABASE_URL && value.NODE_ENV === "production" && !value.NEXTAUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "NEXTAUTH_SECRET is required when DATABASE_URL is set (all instances must share it)",
      });
    }
  });

const AUDIT_KEY_ID = /^[A-Za-z0-9._-]{1,40}$/;
const AUDIT_KEY_MIN_SECRET = 32;

/** `keyId:secret` pairs; the secret may itself contain ':' (only the first one separates). */
function splitAuditHmacKeys(value: string): { id: string; secret: string }[] {
  return splitList(value).map((pair) => {
    const separator = pair.indexOf(":");
    return separator < 0 ? { id: pair, secret: "" } : { id: pair.slice(0, separator), secret: pair.slice(separator + 1) };
  });
}

/** Why AUDIT_HMAC_KEYS is unusable, naming the key (never the secret); null when it is fine. */
function auditHmacKeysProblem(value: string): string | null {
  const keys = splitAuditHmacKeys(value);
  if (keys.length === 0) return "AUDIT_HMAC_KEYS must list at least one keyId:secret";
  const seen = new Set<string>();
  for (const [index, key] of keys.entries()) {
    if (!AUDIT_KEY_ID.test(key.id)) return `AUDIT_HMAC_KEYS entry ${index + 1}: the key id must be 1-40 letters, digits, '.', '_' or '-' followed by ':secret'`;
    if (key.secret.length < AUDIT_KEY_MIN_SECRET) return `AUDIT_HMAC_KEYS key "${key.id}": the secret must be at least ${AUDIT_KEY_MIN_SECRET} characters`;
    if (seen.has(key.id)) return `AUDIT_HMAC_KEYS lists the key id "${key.id}" twice`;
    seen.add(key.id);
  }
  return null;
}

function splitList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Exported for tests; the app uses `env` below. */
export function parseEnv(source: Record<string, string | undefined>) {
  // An empty value means "not set" (`DATABASE_URL= npm start`, or a blank line in a .env file).
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const value = parsed.data;
  return {
    ...value,
    isEmbeddedDatabase: !value.DATABASE_URL,
    isDemo: value.BRANDPILOT_DEMO,
    oidcAllowedDomains: splitList(value.OIDC_ALLOWED_DOMAINS).map((domain) => domain.toLowerCase()),
    /** CONFIDENTIAL_READER_ROLES as roles (unknown names are ignored); read through `classificationsFor(role)`. */
    confidentialReaderRoles: splitList(value.CONFIDENTIAL_READER_ROLES).filter(isRole),
    isPasswordSignInEnabled: value.AUTH_PASSWORD_SIGNIN,
    isOidcEnabled: Boolean(value.OIDC_ISSUER && value.OIDC_CLIENT_ID && value.OIDC_CLIENT_SECRET),
    /** AUDIT_HMAC_KEYS parsed, signing key first; empty = derive one from the session secret (lib/audit/keys.ts). */
    auditHmacKeys: value.AUDIT_HMAC_KEYS ? splitAuditHmacKeys(value.AUDIT_HMAC_KEYS) : [],
    /** OUTBOUND_PRIVATE_NETWORKS parsed: the bound safeFetch applies to every workspace's "allow private networks". */
    outboundPrivateNetworks: parsePrivateNetworkPolicy(value.OUTBOUND_PRIVATE_NETWORKS),
  };
}

export const env = parseEnv(process.env);
export type Env = typeof env;
