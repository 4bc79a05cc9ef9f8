CREATE TABLE "model_budgets" (
	"workspace_id" text PRIMARY KEY NOT NULL,
	"monthly_cost_limit_usd" numeric(12, 2),
	"monthly_token_limit" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_cache" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"task" text NOT NULL,
	"kind" text NOT NULL,
	"key_hash" text NOT NULL,
	"settings_hash" text,
	"embedding" vector,
	"response" jsonb NOT NULL,
	"source_ids" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_calls" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"user_id" text,
	"task" text NOT NULL,
	"chosen_model" text,
	"reasons" jsonb NOT NULL,
	"attempts" jsonb NOT NULL,
	"input_tokens" integer DEFAULT 0 NOT NULL,
	"output_tokens" integer DEFAULT 0 NOT NULL,
	"cost_usd" numeric(14, 6) DEFAULT 0 NOT NULL,
	"latency_ms" integer NOT NULL,
	"time_to_first_token_ms" integer,
	"cache_hit" text DEFAULT 'none' NOT NULL,
	"error_class" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_usage_monthly" (
	"workspace_id" text NOT NULL,
	"month" text NOT NULL,
	"cost_usd" numeric(14, 6) DEFAULT 0 NOT NULL,
	"tokens" bigint DEFAULT 0 NOT NULL,
	"calls" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "model_usage_monthly_workspace_id_month_pk" PRIMARY KEY("workspace_id","month")
);
--> statement-breakpoint
CREATE TABLE "workspace_routing_settings" (
	"workspace_id" text PRIMARY KEY NOT NULL,
	"residency" text DEFAULT 'any' NOT NULL,
	"policy_overrides" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "model_cache_key_unique" ON "model_cache" USING btree ("workspace_id","task","kind","key_hash");--> statement-breakpoint
CREATE INDEX "model_cache_sources_idx" ON "model_cache" USING gin ("source_ids");--> statement-breakpoint
CREATE INDEX "model_calls_workspace_time_idx" ON "model_calls" USING btree ("workspace_id","created_at");