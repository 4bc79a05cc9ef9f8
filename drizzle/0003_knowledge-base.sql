CREATE TYPE "public"."classification" AS ENUM('public', 'internal', 'confidential');--> statement-breakpoint
CREATE TYPE "public"."content_language" AS ENUM('de', 'en');--> statement-breakpoint
CREATE TYPE "public"."source_kind" AS ENUM('brand_voice', 'product', 'policy', 'campaign', 'other');--> statement-breakpoint
CREATE TYPE "public"."source_status" AS ENUM('queued', 'processing', 'ready', 'failed', 'duplicate', 'retired');--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 3 NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"locked_by" text,
	"last_error" text,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer DEFAULT 0 NOT NULL,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "knowledge_chunks" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"source_id" text NOT NULL,
	"version_id" text NOT NULL,
	"version" integer NOT NULL,
	"ordinal" integer NOT NULL,
	"section_path" text[] NOT NULL,
	"text" text NOT NULL,
	"token_count" integer NOT NULL,
	"language" "content_language" NOT NULL,
	"classification" "classification" NOT NULL,
	"kind" "source_kind" NOT NULL,
	"url" text,
	"category" text,
	"embedding" vector NOT NULL,
	"embedding_model" text NOT NULL,
	"embedding_dimensions" integer NOT NULL,
	"firewall_status" text DEFAULT 'clean' NOT NULL,
	"firewall_flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"firewall_released_by" text,
	"firewall_released_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "knowledge_corpus_stats" (
	"workspace_id" text PRIMARY KEY NOT NULL,
	"chunk_count" integer DEFAULT 0 NOT NULL,
	"total_tokens" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_feeds" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"last_import_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_postings" (
	"workspace_id" text NOT NULL,
	"term" text NOT NULL,
	"chunk_id" text NOT NULL,
	"term_frequency" integer NOT NULL,
	"chunk_length" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_source_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"source_id" text NOT NULL,
	"version" integer NOT NULL,
	"format" text NOT NULL,
	"file_name" text,
	"byte_size" integer NOT NULL,
	"raw_hash" text NOT NULL,
	"content_hash" text,
	"simhash" bigint,
	"raw" "bytea",
	"product" jsonb,
	"status" text DEFAULT 'queued' NOT NULL,
	"error" text,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"chunks_total" integer DEFAULT 0 NOT NULL,
	"chunks_done" integer DEFAULT 0 NOT NULL,
	"job_id" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "knowledge_sources" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"title" text NOT NULL,
	"kind" "source_kind" NOT NULL,
	"language" "content_language",
	"is_language_detected" boolean DEFAULT false NOT NULL,
	"classification" "classification" NOT NULL,
	"canonical_url" text,
	"origin" text NOT NULL,
	"feed_id" text,
	"external_id" text,
	"category" text,
	"status" "source_status" DEFAULT 'queued' NOT NULL,
	"current_version" integer DEFAULT 0 NOT NULL,
	"near_duplicate_of_id" text,
	"status_message" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "knowledge_chunks" ADD CONSTRAINT "knowledge_chunks_version_id_knowledge_source_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."knowledge_source_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_source_versions" ADD CONSTRAINT "knowledge_source_versions_source_id_knowledge_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."knowledge_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_sources" ADD CONSTRAINT "knowledge_sources_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "jobs_claim_idx" ON "jobs" USING btree ("status","run_at");--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_idempotency_unique" ON "jobs" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "knowledge_chunks_source_idx" ON "knowledge_chunks" USING btree ("source_id","version","ordinal");--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_chunks_version_ordinal_unique" ON "knowledge_chunks" USING btree ("version_id","ordinal");--> statement-breakpoint
CREATE INDEX "knowledge_chunks_workspace_active_idx" ON "knowledge_chunks" USING btree ("workspace_id") WHERE retired_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_feeds_name_unique" ON "knowledge_feeds" USING btree ("workspace_id","name");--> statement-breakpoint
-- Covering index: BM25 reads postings for the query terms without touching the table.
CREATE INDEX "knowledge_postings_term_idx" ON "knowledge_postings" USING btree ("workspace_id","term") INCLUDE ("chunk_id","term_frequency","chunk_length");--> statement-breakpoint
CREATE INDEX "knowledge_postings_chunk_idx" ON "knowledge_postings" USING btree ("chunk_id");--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_source_versions_unique" ON "knowledge_source_versions" USING btree ("source_id","version");--> statement-breakpoint
CREATE INDEX "knowledge_source_versions_hash_idx" ON "knowledge_source_versions" USING btree ("workspace_id","content_hash");--> statement-breakpoint
CREATE INDEX "knowledge_source_versions_raw_hash_idx" ON "knowledge_source_versions" USING btree ("workspace_id","raw_hash");--> statement-breakpoint
CREATE INDEX "knowledge_sources_workspace_idx" ON "knowledge_sources" USING btree ("workspace_id","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_sources_feed_product_unique" ON "knowledge_sources" USING btree ("workspace_id","feed_id","external_id");