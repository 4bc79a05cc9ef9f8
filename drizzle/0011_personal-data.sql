ALTER TABLE "knowledge_chunks" ADD COLUMN "holds_personal_data" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "knowledge_source_versions" ADD COLUMN "personal_data" jsonb;