CREATE TABLE "report_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"report" text NOT NULL,
	"year" integer NOT NULL,
	"template_id" text NOT NULL,
	"draft" jsonb NOT NULL,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"approval" jsonb,
	"signers" jsonb,
	"signed_on" date,
	"acknowledged_checks" jsonb,
	"published_on" date,
	"archived_on" date,
	"frozen" jsonb,
	"frozen_hash" text,
	"frozen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_drafts" ADD CONSTRAINT "report_drafts_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "report_drafts_unit_kind_year_uq" ON "report_drafts" USING btree ("district_id","org_unit_id","report","year");--> statement-breakpoint
CREATE INDEX "report_drafts_published_idx" ON "report_drafts" USING btree ("published_on");