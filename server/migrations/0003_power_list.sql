CREATE TABLE "power_item_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"published_on" date NOT NULL,
	"superseded_on" date,
	"repealed_on" date,
	"status" text NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "power_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"sub_item_name" text,
	"category" text NOT NULL,
	"legal_basis" text,
	"handling_unit" text,
	"exercise_level" text,
	"process" text,
	"responsibility" text,
	"accountability" text,
	"time_limit" text,
	"fee_basis" text,
	"supervision_phone" text,
	"remarks" text,
	"status" text NOT NULL,
	"current_version" integer DEFAULT 0 NOT NULL,
	"has_pending_revision" boolean DEFAULT false NOT NULL,
	"pending_revision" jsonb,
	"published_on" date,
	"repealed_on" date,
	"change_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "power_item_versions" ADD CONSTRAINT "power_item_versions_item_id_power_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."power_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_item_versions" ADD CONSTRAINT "power_item_versions_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_items" ADD CONSTRAINT "power_items_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "power_items" ADD CONSTRAINT "power_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "power_item_versions_uq" ON "power_item_versions" USING btree ("item_id","version");--> statement-breakpoint
CREATE INDEX "power_item_versions_asof_idx" ON "power_item_versions" USING btree ("district_id","published_on");--> statement-breakpoint
CREATE INDEX "power_item_versions_org_idx" ON "power_item_versions" USING btree ("org_unit_id","category");--> statement-breakpoint
CREATE UNIQUE INDEX "power_items_code_uq" ON "power_items" USING btree ("district_id","code") WHERE "power_items"."status" <> 'discarded';--> statement-breakpoint
CREATE INDEX "power_items_org_idx" ON "power_items" USING btree ("org_unit_id","category");--> statement-breakpoint
CREATE INDEX "power_items_status_idx" ON "power_items" USING btree ("district_id","status","category");