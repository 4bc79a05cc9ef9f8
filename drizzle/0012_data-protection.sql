CREATE TABLE "workspace_exports" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"requested_by" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"tables_total" integer DEFAULT 0 NOT NULL,
	"tables_done" integer DEFAULT 0 NOT NULL,
	"rows_total" bigint DEFAULT 0 NOT NULL,
	"rows_written" bigint DEFAULT 0 NOT NULL,
	"bytes_written" bigint DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "workspace_retention" (
	"workspace_id" text PRIMARY KEY NOT NULL,
	"model_calls_days" integer,
	"prompts_days" integer,
	"briefs_days" integer,
	"comments_days" integer,
	"notifications_days" integer,
	"kpi_raw_days" integer,
	"audit_personal_days" integer,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_purged_at" timestamp with time zone,
	"last_purge_counts" jsonb
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "detail_personal" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "personal_digest" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "personal_erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "key_id" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "deletion_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "deletion_requested_by" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "deletion_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workspace_exports" ADD CONSTRAINT "workspace_exports_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_retention" ADD CONSTRAINT "workspace_retention_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "workspace_exports_workspace_idx" ON "workspace_exports" USING btree ("workspace_id","created_at");--> statement-breakpoint
-- Stored prompts' retention moves from the routing settings to the workspace's retention periods.
INSERT INTO "workspace_retention" ("workspace_id", "prompts_days")
  SELECT "workspace_id", "payload_retention_days" FROM "workspace_routing_settings"
  ON CONFLICT ("workspace_id") DO NOTHING;
--> statement-breakpoint
-- The audit log stays append-only for everything its hash covers. Two changes are allowed:
--  * UPDATE of the personal columns only (erasure of a person, retention of personal data); the
--    hash covers personal_digest, which cannot change, so nothing the chain protects moves.
--  * DELETE of a whole chain while the transaction names it in brandpilot.audit_chain_delete
--    (deleting a workspace after its grace period removes its chain with it).
-- TRUNCATE stays refused.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF (NEW.seq, NEW.id, NEW.chain_key, NEW.chain_seq, NEW.workspace_id, NEW.actor_user_id, NEW.action,
        NEW.target_type, NEW.target_id, NEW.outcome, NEW.detail, NEW.created_at, NEW.prev_hash, NEW.hash,
        NEW.personal_digest, NEW.key_id)
       IS NOT DISTINCT FROM
       (OLD.seq, OLD.id, OLD.chain_key, OLD.chain_seq, OLD.workspace_id, OLD.actor_user_id, OLD.action,
        OLD.target_type, OLD.target_id, OLD.outcome, OLD.detail, OLD.created_at, OLD.prev_hash, OLD.hash,
        OLD.personal_digest, OLD.key_id) THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only: only its personal columns may be updated'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' AND OLD.chain_key = current_setting('brandpilot.audit_chain_delete', true) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
