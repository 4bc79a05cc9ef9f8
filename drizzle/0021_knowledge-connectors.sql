CREATE TABLE "knowledge_connector_pages" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"connector_id" text NOT NULL,
	"url" text NOT NULL,
	"source_id" text,
	"etag" text,
	"last_modified" text,
	"text_hash" text,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"last_seen_at" timestamp with time zone,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "knowledge_connector_syncs" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"connector_id" text NOT NULL,
	"trigger" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"added" integer DEFAULT 0 NOT NULL,
	"changed" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"removed" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"report" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "knowledge_connectors" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"config" jsonb NOT NULL,
	"schedule" text DEFAULT 'daily' NOT NULL,
	"is_paused" boolean DEFAULT false NOT NULL,
	"next_sync_at" timestamp with time zone,
	"syncing_since" timestamp with time zone,
	"last_sync_at" timestamp with time zone,
	"progress" jsonb DEFAULT '{"seen":0,"fetched":0,"indexed":0}'::jsonb NOT NULL,
	"feed_id" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "allow_private_networks" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "knowledge_connector_pages" ADD CONSTRAINT "knowledge_connector_pages_connector_id_knowledge_connectors_id_fk" FOREIGN KEY ("connector_id") REFERENCES "public"."knowledge_connectors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_connector_syncs" ADD CONSTRAINT "knowledge_connector_syncs_connector_id_knowledge_connectors_id_fk" FOREIGN KEY ("connector_id") REFERENCES "public"."knowledge_connectors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_connectors" ADD CONSTRAINT "knowledge_connectors_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_connector_pages_url_unique" ON "knowledge_connector_pages" USING btree ("connector_id","url");--> statement-breakpoint
CREATE INDEX "knowledge_connector_pages_workspace_idx" ON "knowledge_connector_pages" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "knowledge_connector_syncs_connector_idx" ON "knowledge_connector_syncs" USING btree ("connector_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_connectors_name_unique" ON "knowledge_connectors" USING btree ("workspace_id","name");--> statement-breakpoint
CREATE INDEX "knowledge_connectors_due_idx" ON "knowledge_connectors" USING btree ("next_sync_at");