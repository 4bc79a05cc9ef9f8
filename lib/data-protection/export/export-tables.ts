/**
 * What a workspace export contains: an explicit allow-list, so a new column or table never leaks
 * into an archive by accident. `export-tables.int.test.ts` fails when a table with a workspace_id
 * column is neither listed here nor in EXCLUDED_TABLES with a reason.
 */
export type ExportTable = {
  /** SQL table name. */
  table: string;
  /** Archive path without extension: `<file>.jsonl` (and `<file>.csv`). */
  file: string;
  /** Keyset order: columns unique together within the workspace (read in batches, never all at once). */
  keys: readonly string[];
  /** The column naming the workspace (`id` for the workspaces row itself). */
  scopeColumn?: string;
  /** Columns left out and why (secrets; derived vectors; bytes written as their own files). */
  omit?: Readonly<Record<string, string>>;
  /** Also write a CSV (flat tables a spreadsheet opens usefully). */
  csv: boolean;
  /** Adds the member's name and e-mail from users (memberships). */
  withMemberIdentity?: boolean;
};

export const EXPORT_TABLES: readonly ExportTable[] = [
  { table: "workspaces", file: "workspace/workspace", keys: ["id"], scopeColumn: "id", csv: false },
  { table: "memberships", file: "workspace/memberships", keys: ["user_id"], csv: true, withMemberIdentity: true },
  { table: "invitations", file: "workspace/invitations", keys: ["id"], csv: true, omit: { token_hash: "secret: the hash of a sign-up link" } },
  { table: "workspace_retention", file: "workspace/retention", keys: ["workspace_id"], csv: false },
  { table: "brand_settings", file: "brand/settings", keys: ["workspace_id"], csv: false },
  { table: "brand_rule_proposals", file: "brand/rule-proposals", keys: ["id"], csv: false },
  { table: "brief_templates", file: "assets/brief-templates", keys: ["id"], csv: false },
  { table: "personas", file: "campaigns/personas", keys: ["id"], csv: true },
  { table: "campaigns", file: "campaigns/campaigns", keys: ["id"], csv: false },
  { table: "campaign_offers", file: "campaigns/offers", keys: ["id"], csv: true },
  { table: "notifications", file: "workspace/notifications", keys: ["id"], csv: false },
  { table: "notification_settings", file: "workspace/notification-settings", keys: ["user_id"], csv: false },
  { table: "knowledge_sources", file: "knowledge/sources", keys: ["id"], csv: true },
  {
    table: "knowledge_source_versions",
    file: "knowledge/source-versions",
    keys: ["id"],
    csv: true,
    omit: { raw: "uploaded bytes: written as files under sources/<source id>/<version id>/" },
  },
  {
    table: "knowledge_chunks",
    file: "knowledge/chunks",
    keys: ["id"],
    csv: false,
    omit: {
      embedding: "derived: vectors are recomputed from the text",
      key: "internal: the keyword index's compact key",
      term_ids: "derived: the keyword index's term vector, rebuilt from the text",
      term_frequencies: "derived: the keyword index's term vector, rebuilt from the text",
      indexed_length: "derived: the keyword index's term vector, rebuilt from the text",
    },
  },
  { table: "knowledge_feeds", file: "knowledge/feeds", keys: ["id"], csv: true },
  { table: "knowledge_connectors", file: "knowledge/connectors", keys: ["id"], csv: true },
  { table: "knowledge_connector_pages", file: "knowledge/connector-pages", keys: ["id"], csv: true },
  { table: "knowledge_connector_syncs", file: "knowledge/connector-syncs", keys: ["id"], csv: false },
  { table: "assets", file: "assets/assets", keys: ["id"], csv: false },
  { table: "asset_versions", file: "assets/versions", keys: ["id"], csv: false },
  { table: "asset_transitions", file: "assets/transitions", keys: ["id"], csv: true },
  { table: "asset_comments", file: "assets/comments", keys: ["id"], csv: true },
  { table: "generation_batches", file: "assets/generation-batches", keys: ["id"], csv: false },
  { table: "kpi_imports", file: "kpi/imports", keys: ["id"], csv: true },
  { table: "kpi_performance", file: "kpi/performance", keys: ["date", "key_hash"], csv: true },
  { table: "kpi_daily_rollup", file: "kpi/daily-rollup", keys: ["date", "channel", "campaign", "asset_id", "currency"], csv: true },
  { table: "kpi_ad_links", file: "kpi/ad-links", keys: ["channel", "ad_id"], csv: true },
  { table: "workspace_routing_settings", file: "models/routing-settings", keys: ["workspace_id"], csv: false },
  { table: "model_budgets", file: "models/budgets", keys: ["workspace_id"], csv: true },
  { table: "model_usage_monthly", file: "models/usage-monthly", keys: ["month"], csv: true },
  { table: "model_calls", file: "models/calls", keys: ["id"], csv: true },
  { table: "model_call_payloads", file: "models/call-payloads", keys: ["call_id"], csv: false },
  { table: "webhook_endpoints", file: "webhooks/endpoint", keys: ["workspace_id"], csv: false, omit: { secret: "secret: the signing key of webhook deliveries" } },
  { table: "webhook_deliveries", file: "webhooks/deliveries", keys: ["id"], csv: true },
  { table: "webhook_delivery_attempts", file: "webhooks/delivery-attempts", keys: ["id"], csv: true },
  { table: "api_tokens", file: "workspace/api-tokens", keys: ["id"], csv: true, omit: { secret_hash: "secret: the hash of an API token" } },
  { table: "audit_log", file: "audit/audit-log", keys: ["seq"], csv: true },
];

/** Tables with a workspace_id column that an export leaves out, and why (written into the manifest). */
export const EXCLUDED_TABLES: Readonly<Record<string, string>> = {
  knowledge_terms: "derived: the keyword index's dictionary, rebuilt from knowledge/chunks",
  knowledge_posting_blocks: "derived: the keyword index's posting lists, rebuilt from knowledge/chunks",
  knowledge_corpus_stats: "derived: keyword-index statistics",
  model_cache: "derived: cached model responses, recomputed on demand",
  kpi_staged_rows: "transient: import staging, applied into kpi/performance",
  kpi_upload_chunks: "transient: upload parts of a KPI import",
  jobs: "transient: the work queue's bookkeeping",
  workspace_exports: "bookkeeping of exports themselves",
  api_idempotency_keys: "transient: API responses kept one day for Idempotency-Key replays",
};
