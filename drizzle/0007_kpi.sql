CREATE TABLE "kpi_ad_links" (
	"workspace_id" text NOT NULL,
	"channel" text NOT NULL,
	"ad_id" text NOT NULL,
	"asset_id" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpi_ad_links_workspace_id_channel_ad_id_pk" PRIMARY KEY("workspace_id","channel","ad_id")
);
--> statement-breakpoint
CREATE TABLE "kpi_daily_rollup" (
	"workspace_id" text NOT NULL,
	"date" date NOT NULL,
	"channel" text NOT NULL,
	"campaign" text NOT NULL,
	"asset_id" text NOT NULL,
	"impressions" bigint NOT NULL,
	"clicks" bigint NOT NULL,
	"conversions" numeric(16, 2) NOT NULL,
	"cost_minor" bigint NOT NULL,
	"revenue_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"row_count" integer NOT NULL,
	CONSTRAINT "kpi_daily_rollup_workspace_id_date_channel_campaign_asset_id_currency_pk" PRIMARY KEY("workspace_id","date","channel","campaign","asset_id","currency")
);
--> statement-breakpoint
CREATE TABLE "kpi_imports" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"origin" text DEFAULT 'upload' NOT NULL,
	"status" text DEFAULT 'uploading' NOT NULL,
	"file_name" text NOT NULL,
	"byte_size" bigint NOT NULL,
	"received_bytes" bigint DEFAULT 0 NOT NULL,
	"chunk_count" integer DEFAULT 0 NOT NULL,
	"mapping" jsonb NOT NULL,
	"format" jsonb,
	"bytes_read" bigint DEFAULT 0 NOT NULL,
	"rows_accepted" integer DEFAULT 0 NOT NULL,
	"rows_rejected" integer DEFAULT 0 NOT NULL,
	"rows_skipped" integer DEFAULT 0 NOT NULL,
	"rows_inserted" integer DEFAULT 0 NOT NULL,
	"rows_updated" integer DEFAULT 0 NOT NULL,
	"rows_linked" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"failure_reason" text,
	"first_date" date,
	"last_date" date,
	"job_id" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "kpi_performance" (
	"workspace_id" text NOT NULL,
	"date" date NOT NULL,
	"key_hash" uuid NOT NULL,
	"channel" text NOT NULL,
	"campaign" text NOT NULL,
	"ad_group" text NOT NULL,
	"ad_id" text NOT NULL,
	"impressions" bigint NOT NULL,
	"clicks" bigint NOT NULL,
	"conversions" numeric(16, 2) NOT NULL,
	"cost_minor" bigint NOT NULL,
	"revenue_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"utm_campaign" text,
	"utm_content" text,
	"asset_id" text,
	"import_id" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpi_performance_workspace_id_date_key_hash_pk" PRIMARY KEY("workspace_id","date","key_hash")
);
--> statement-breakpoint
CREATE UNLOGGED TABLE "kpi_staged_rows" (
	"import_id" text NOT NULL,
	"workspace_id" text NOT NULL,
	"line" integer NOT NULL,
	"date" date NOT NULL,
	"key_hash" uuid NOT NULL,
	"channel" text NOT NULL,
	"campaign" text NOT NULL,
	"ad_group" text NOT NULL,
	"ad_id" text NOT NULL,
	"impressions" bigint NOT NULL,
	"clicks" bigint NOT NULL,
	"conversions" numeric(16, 2) NOT NULL,
	"cost_minor" bigint NOT NULL,
	"revenue_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"utm_campaign" text,
	"utm_content" text,
	"asset_id" text,
	CONSTRAINT "kpi_staged_rows_import_id_key_hash_pk" PRIMARY KEY("import_id","key_hash")
);
--> statement-breakpoint
CREATE TABLE "kpi_upload_chunks" (
	"import_id" text NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "kpi_upload_chunks_import_id_seq_pk" PRIMARY KEY("import_id","seq")
);
--> statement-breakpoint
ALTER TABLE "kpi_ad_links" ADD CONSTRAINT "kpi_ad_links_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_imports" ADD CONSTRAINT "kpi_imports_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_upload_chunks" ADD CONSTRAINT "kpi_upload_chunks_import_id_kpi_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."kpi_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kpi_imports_workspace_time_idx" ON "kpi_imports" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "kpi_performance_campaign_idx" ON "kpi_performance" USING btree ("workspace_id","campaign","date");