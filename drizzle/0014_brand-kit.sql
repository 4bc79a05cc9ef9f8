ALTER TYPE "public"."source_kind" ADD VALUE 'published_page' BEFORE 'other';--> statement-breakpoint
ALTER TYPE "public"."source_kind" ADD VALUE 'internal_note' BEFORE 'other';--> statement-breakpoint
CREATE TABLE "brand_rule_proposals" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"source_id" text NOT NULL,
	"source_version" integer NOT NULL,
	"rule_type" text NOT NULL,
	"rule" jsonb NOT NULL,
	"evidence" text NOT NULL,
	"extractor" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "asset_versions" ADD COLUMN "compliance" jsonb;--> statement-breakpoint
ALTER TABLE "asset_versions" ADD COLUMN "omissions" jsonb;--> statement-breakpoint
ALTER TABLE "brand_settings" ADD COLUMN "min_score_to_submit" integer;--> statement-breakpoint
ALTER TABLE "brand_settings" ADD COLUMN "min_score_to_approve" integer;--> statement-breakpoint
ALTER TABLE "knowledge_sources" ADD COLUMN "attributes" jsonb;--> statement-breakpoint
ALTER TABLE "brand_rule_proposals" ADD CONSTRAINT "brand_rule_proposals_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "brand_rule_proposals_workspace_idx" ON "brand_rule_proposals" USING btree ("workspace_id","status","created_at");