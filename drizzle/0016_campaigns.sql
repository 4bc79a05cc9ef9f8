CREATE TABLE "campaign_offers" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"campaign_id" text NOT NULL,
	"code" text NOT NULL,
	"value" text NOT NULL,
	"conditions" text DEFAULT '' NOT NULL,
	"eligible_product_ids" text[] DEFAULT '{}' NOT NULL,
	"eligible_categories" text[] DEFAULT '{}' NOT NULL,
	"valid_until" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"code" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"persona_id" text,
	"landing_pages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"channels" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"budget_minor" bigint,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"owner_id" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "personas" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"pains" text[] DEFAULT '{}' NOT NULL,
	"vocabulary" text[] DEFAULT '{}' NOT NULL,
	"language" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "assets" ADD COLUMN "campaign_id" text;--> statement-breakpoint
ALTER TABLE "brand_settings" ADD COLUMN "utm_convention" jsonb;--> statement-breakpoint
ALTER TABLE "generation_batches" ADD COLUMN "campaign_id" text;--> statement-breakpoint
ALTER TABLE "campaign_offers" ADD CONSTRAINT "campaign_offers_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_offers" ADD CONSTRAINT "campaign_offers_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_persona_id_personas_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."personas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personas" ADD CONSTRAINT "personas_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_offers_code_unique" ON "campaign_offers" USING btree ("workspace_id","campaign_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "campaigns_workspace_code_unique" ON "campaigns" USING btree ("workspace_id","code");--> statement-breakpoint
CREATE INDEX "campaigns_workspace_dates_idx" ON "campaigns" USING btree ("workspace_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "personas_workspace_name_unique" ON "personas" USING btree ("workspace_id","name");--> statement-breakpoint
CREATE INDEX "assets_campaign_idx" ON "assets" USING btree ("workspace_id","campaign_id");--> statement-breakpoint
CREATE INDEX "kpi_performance_utm_campaign_idx" ON "kpi_performance" USING btree ("workspace_id","utm_campaign","date");