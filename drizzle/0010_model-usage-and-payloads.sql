CREATE TABLE "model_call_payloads" (
	"call_id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"requests" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "model_calls" ADD COLUMN "usage_estimated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "workspace_routing_settings" ADD COLUMN "payload_retention_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
CREATE INDEX "model_call_payloads_workspace_time_idx" ON "model_call_payloads" USING btree ("workspace_id","created_at");